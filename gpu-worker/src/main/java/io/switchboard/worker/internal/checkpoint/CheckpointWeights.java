package io.switchboard.worker.internal.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** All tensors of a checkpoint by name, over one {@code model.safetensors} or the shards its index lists. */
public final class CheckpointWeights implements AutoCloseable {

    private final List<SafetensorsFile> files;
    private final Map<String, SafetensorsFile> byName = new HashMap<>();

    private CheckpointWeights(List<SafetensorsFile> files) {
        this.files = files;
        for (SafetensorsFile f : files) {
            f.tensors().keySet().forEach(name -> byName.put(name, f));
        }
    }

    public static CheckpointWeights open(Path dir) {
        Path index = dir.resolve("model.safetensors.index.json");
        Path single = dir.resolve("model.safetensors");
        Set<String> names = new LinkedHashSet<>();
        if (Files.exists(index)) {
            try {
                JsonNode map =
                        JsonMapper.shared().readTree(Files.readString(index)).path("weight_map");
                map.properties().forEach(e -> names.add(e.getValue().asString()));
            } catch (IOException e) {
                throw new CheckpointException("cannot read " + index + ": " + e.getMessage(), e);
            }
        } else if (Files.exists(single)) {
            names.add("model.safetensors");
        } else {
            throw new CheckpointException(dir + " holds neither model.safetensors nor model.safetensors.index.json");
        }
        List<SafetensorsFile> files = new ArrayList<>();
        try {
            for (String name : names) {
                files.add(SafetensorsFile.open(dir.resolve(name)));
            }
        } catch (RuntimeException e) {
            files.forEach(SafetensorsFile::close);
            throw e;
        }
        return new CheckpointWeights(files);
    }

    /** What all tensors would occupy as F32: the baseline that quantization is measured against. */
    public long tensorsBytesAsF32() {
        long total = 0;
        for (SafetensorsFile f : files) {
            for (TensorInfo t : f.tensors().values()) {
                total += t.elements() * Float.BYTES;
            }
        }
        return total;
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    public TensorInfo info(String name) {
        return file(name).tensors().get(name);
    }

    public float[] floats(String name) {
        return file(name).floats(name);
    }

    /** The tensor as F32, checked to have the shape the configuration implies. */
    public float[] floats(String name, long... expectedShape) {
        long[] shape = info(name).shape();
        if (!java.util.Arrays.equals(shape, expectedShape)) {
            throw new CheckpointException("tensor " + name + " has shape " + java.util.Arrays.toString(shape)
                    + ", the config implies " + java.util.Arrays.toString(expectedShape));
        }
        return floats(name);
    }

    private SafetensorsFile file(String name) {
        SafetensorsFile f = byName.get(name);
        if (f == null) {
            throw new CheckpointException("the checkpoint has no tensor " + name);
        }
        return f;
    }

    @Override
    public void close() {
        files.forEach(SafetensorsFile::close);
    }
}
