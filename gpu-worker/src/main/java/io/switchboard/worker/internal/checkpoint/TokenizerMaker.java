package io.switchboard.worker.internal.checkpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates a byte-level BPE {@code tokenizer.json}: the 256 byte symbols, three special tokens and a
 * deterministic ladder of letter merges (space+letter, letter pairs, then longer runs) up to the requested size.
 */
final class TokenizerMaker {

    static final String UNK = "<unk>";
    static final String BOS = "<s>";
    static final String EOS = "</s>";
    static final int SPECIALS = 3;

    private TokenizerMaker() {}

    /** The GPT-2 mapping from a byte to the printable character that stands for it in the vocabulary. */
    static String[] byteSymbols() {
        String[] symbols = new String[256];
        int next = 256;
        for (int b = 0; b < 256; b++) {
            boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE);
            symbols[b] = String.valueOf((char) (printable ? b : next++));
        }
        return symbols;
    }

    static ObjectNode tokenizerJson(int vocabSize) {
        Map<String, Integer> vocab = new LinkedHashMap<>();
        vocab.put(UNK, 0);
        vocab.put(BOS, 1);
        vocab.put(EOS, 2);
        for (String s : byteSymbols()) {
            vocab.put(s, vocab.size());
        }
        List<String> merges = merges(vocab, vocabSize);
        JsonMapper json = JsonMapper.shared();
        ObjectNode root = json.createObjectNode();
        root.put("version", "1.0");
        root.putNull("truncation");
        root.putNull("padding");
        ArrayNode added = root.putArray("added_tokens");
        for (String special : List.of(UNK, BOS, EOS)) {
            added.addObject()
                    .put("id", vocab.get(special))
                    .put("content", special)
                    .put("single_word", false)
                    .put("lstrip", false)
                    .put("rstrip", false)
                    .put("normalized", false)
                    .put("special", true);
        }
        root.putNull("normalizer");
        root.set("pre_tokenizer", byteLevel(json));
        root.putNull("post_processor");
        root.set("decoder", byteLevel(json));
        ObjectNode model = root.putObject("model");
        model.put("type", "BPE");
        model.putNull("dropout");
        model.putNull("unk_token");
        model.putNull("continuing_subword_prefix");
        model.putNull("end_of_word_suffix");
        model.put("fuse_unk", false);
        model.put("byte_fallback", false);
        ObjectNode v = model.putObject("vocab");
        vocab.forEach(v::put);
        ArrayNode m = model.putArray("merges");
        merges.forEach(m::add);
        return root;
    }

    private static ObjectNode byteLevel(JsonMapper json) {
        return json.createObjectNode()
                .put("type", "ByteLevel")
                .put("add_prefix_space", false)
                .put("trim_offsets", true)
                .put("use_regex", true);
    }

    /** Adds merges in rank order until the vocabulary reaches {@code vocabSize}; each merge's parts exist before it. */
    private static List<String> merges(Map<String, Integer> vocab, int vocabSize) {
        List<String> merges = new ArrayList<>();
        String space = byteSymbols()[' '];
        List<String> letters = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            letters.add(String.valueOf(c));
        }
        List<String> left = new ArrayList<>(List.of(space));
        left.addAll(letters);
        for (int round = 0; round < 4 && vocab.size() < vocabSize; round++) {
            List<String> grown = new ArrayList<>();
            for (String l : left) {
                for (String r : letters) {
                    if (vocab.size() >= vocabSize) {
                        return merges;
                    }
                    String merged = l + r;
                    if (!vocab.containsKey(merged)) {
                        merges.add(l + " " + r);
                        vocab.put(merged, vocab.size());
                        grown.add(merged);
                    }
                }
            }
            left = grown;
        }
        return merges;
    }
}
