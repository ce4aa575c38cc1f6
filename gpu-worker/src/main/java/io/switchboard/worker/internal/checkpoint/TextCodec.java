package io.switchboard.worker.internal.checkpoint;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Text to token ids and back, through DJL's Hugging Face tokenizer over the checkpoint's {@code tokenizer.json}. */
public final class TextCodec implements AutoCloseable {

    private final HuggingFaceTokenizer tokenizer;

    private TextCodec(HuggingFaceTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    public static TextCodec read(Path dir) {
        try {
            return new TextCodec(HuggingFaceTokenizer.newInstance(
                    dir.resolve("tokenizer.json"),
                    Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false")));
        } catch (IOException | RuntimeException e) {
            throw new CheckpointException("cannot load " + dir.resolve("tokenizer.json") + ": " + e.getMessage(), e);
        }
    }

    /** Token ids of a text; special tokens written in the text (such as {@code <s>}) become their ids. */
    public long[] encode(String text) {
        return tokenizer.encode(text, false, false).getIds();
    }

    /** Token ids of a raw prompt with the tokenizer's own special tokens added (a BOS for Llama-family models). */
    public long[] encodeWithSpecialTokens(String text) {
        return tokenizer.encode(text, true, false).getIds();
    }

    public String decode(long[] ids) {
        return tokenizer.decode(ids, true);
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
