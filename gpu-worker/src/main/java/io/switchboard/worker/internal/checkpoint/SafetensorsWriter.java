package io.switchboard.worker.internal.checkpoint;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes named float tensors as one safetensors file in a chosen element type. */
public final class SafetensorsWriter {

    private record Entry(String name, long[] shape, float[] data) {}

    private final TensorType type;
    private final List<Entry> entries = new ArrayList<>();

    public SafetensorsWriter(TensorType type) {
        this.type = type;
    }

    public SafetensorsWriter add(String name, long[] shape, float[] data) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        if (n != data.length) {
            throw new IllegalArgumentException(name + ": shape holds " + n + " elements, data " + data.length);
        }
        entries.add(new Entry(name, shape.clone(), data));
        return this;
    }

    public void write(Path file) throws IOException {
        byte[] header = header();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            writeLong(out, header.length);
            out.write(header);
            ByteBuffer chunk = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
            for (Entry e : entries) {
                for (float v : e.data()) {
                    if (chunk.remaining() < 4) {
                        out.write(chunk.array(), 0, chunk.position());
                        chunk.clear();
                    }
                    int bits = type.encode(v);
                    if (type.bytes() == 4) {
                        chunk.putInt(bits);
                    } else {
                        chunk.putShort((short) bits);
                    }
                }
            }
            out.write(chunk.array(), 0, chunk.position());
        }
    }

    private byte[] header() {
        ObjectNode root = JsonMapper.shared().createObjectNode();
        root.putObject("__metadata__").put("format", "pt");
        long offset = 0;
        for (Entry e : entries) {
            ObjectNode t = root.putObject(e.name());
            t.put("dtype", type.name());
            var shape = t.putArray("shape");
            for (long d : e.shape()) {
                shape.add(d);
            }
            long size = (long) e.data().length * type.bytes();
            t.putArray("data_offsets").add(offset).add(offset + size);
            offset += size;
        }
        StringBuilder json = new StringBuilder(root.toString());
        while (json.length() % 8 != 0) {
            json.append(' ');
        }
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void writeLong(OutputStream out, long value) throws IOException {
        for (int b = 0; b < 8; b++) {
            out.write((int) (value >>> (8 * b)));
        }
    }
}
