package io.switchboard.worker.internal.checkpoint;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One memory-mapped safetensors file. The mapping is a {@link MemorySegment}, so neither the file nor a tensor is
 * bound by the 2 GiB limit of {@code byte[]} and {@code ByteBuffer}.
 */
public final class SafetensorsFile implements AutoCloseable {

    private static final long MAX_HEADER = 100L << 20;

    private final Path path;
    private final Arena arena;
    private final MemorySegment mapped;
    private final long dataStart;
    private final Map<String, TensorInfo> tensors;

    private SafetensorsFile(Path path, Arena arena, MemorySegment mapped, long dataStart, Map<String, TensorInfo> t) {
        this.path = path;
        this.arena = arena;
        this.mapped = mapped;
        this.dataStart = dataStart;
        this.tensors = t;
    }

    public static SafetensorsFile open(Path path) {
        Arena arena = Arena.ofShared();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            MemorySegment mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size(), arena);
            long headerLength = mapped.get(ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), 0);
            if (headerLength <= 0 || headerLength > MAX_HEADER || 8 + headerLength > mapped.byteSize()) {
                throw new CheckpointException(path + " is not a safetensors file (header length " + headerLength + ")");
            }
            byte[] header = mapped.asSlice(8, headerLength).toArray(ValueLayout.JAVA_BYTE);
            long dataStart = 8 + headerLength;
            var tensors = parseHeader(path, new String(header, StandardCharsets.UTF_8), mapped.byteSize() - dataStart);
            return new SafetensorsFile(path, arena, mapped, dataStart, tensors);
        } catch (IOException | RuntimeException e) {
            arena.close();
            if (e instanceof CheckpointException ce) {
                throw ce;
            }
            throw new CheckpointException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, TensorInfo> parseHeader(Path path, String json, long dataBytes) {
        JsonNode root = JsonMapper.shared().readTree(json);
        Map<String, TensorInfo> tensors = new LinkedHashMap<>();
        for (var entry : root.properties()) {
            if (entry.getKey().equals("__metadata__")) {
                continue;
            }
            JsonNode n = entry.getValue();
            TensorType type = TensorType.parse(n.path("dtype").asString());
            JsonNode shapeNode = n.path("shape");
            long[] shape = new long[shapeNode.size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = shapeNode.get(i).asLong();
            }
            long begin = n.path("data_offsets").get(0).asLong();
            long end = n.path("data_offsets").get(1).asLong();
            var info = new TensorInfo(entry.getKey(), type, shape, begin, end);
            if (end > dataBytes || end - begin != info.elements() * type.bytes()) {
                throw new CheckpointException(path + ": tensor " + entry.getKey() + " has inconsistent offsets");
            }
            tensors.put(entry.getKey(), info);
        }
        return tensors;
    }

    public Map<String, TensorInfo> tensors() {
        return tensors;
    }

    /** The tensor converted to F32, row-major; a tensor must hold fewer than 2^31 elements. */
    public float[] floats(String name) {
        TensorInfo info = tensors.get(name);
        if (info == null) {
            throw new CheckpointException(path + " has no tensor " + name);
        }
        long n = info.elements();
        if (n > Integer.MAX_VALUE - 8) {
            throw new CheckpointException("tensor " + name + " has too many elements for one array: " + n);
        }
        float[] out = new float[(int) n];
        info.type().toFloats(mapped, dataStart + info.begin(), out, (int) n);
        return out;
    }

    @Override
    public void close() {
        arena.close();
    }
}
