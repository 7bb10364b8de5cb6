package org.parley.core.codebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.files.FileProblem;
import org.parley.core.files.OutputTarget;
import org.parley.core.files.StagedFile;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.DimensionKind;
import org.parley.core.model.Ids;

/**
 * The codebook JSON file ({@code "format": "parley-codebook"}, described in docs/formats.md): read with
 * every invariant checked, written so that reading it back gives the same codebook. Parents are named
 * in the file and become uuids in memory.
 */
public final class CodebookFile {
    public static final String FORMAT = "parley-codebook";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CodebookFile() {
    }

    public static Codebook read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new CodebookException("cannot read codebook " + file + ": " + e.getMessage(), e);
        }
    }

    public static Codebook read(InputStream in, String name) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new CodebookException("codebook " + name + " is not valid JSON (line " + e.getLocation().getLineNr()
                    + "): " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CodebookException("cannot read codebook " + name + ": " + e.getMessage(), e);
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CodebookException("codebook " + name + " is invalid: " + e.getMessage(), e);
        }
    }

    private static Codebook parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        if (root.has("format") && !FORMAT.equals(root.get("format").asText())) {
            throw new IllegalArgumentException("\"format\" is " + root.get("format") + ", expected \"" + FORMAT + "\"");
        }
        Map<String, List<Code>> lists = new LinkedHashMap<>();
        JsonNode codeLists = root.path("codeLists");
        codeLists.fields().forEachRemaining(e -> lists.put(e.getKey(), codes(e.getKey(), e.getValue())));
        List<Dimension> dims = new ArrayList<>();
        JsonNode dimNodes = root.path("dimensions");
        if (!dimNodes.isArray() || dimNodes.isEmpty()) {
            throw new IllegalArgumentException("\"dimensions\" must be a non-empty array");
        }
        for (JsonNode d : dimNodes) {
            dims.add(new Dimension(0, uuidOf(d), text(d, "name"), DimensionKind.parse(text(d, "kind")),
                    d.hasNonNull("codeList") ? d.get("codeList").asText() : null, optional(d, "description")));
        }
        return new Codebook(text(root, "name"), optional(root, "description"), dims, lists);
    }

    private static List<Code> codes(String list, JsonNode array) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("code list '" + list + "' must be an array");
        }
        Map<String, String> uuidByName = new HashMap<>();
        List<Code> out = new ArrayList<>();
        for (JsonNode n : array) {
            String name = text(n, "name");
            String uuid = uuidOf(n);
            String parent = null;
            if (n.hasNonNull("parent")) {
                parent = uuidByName.get(Codebook.fold(n.get("parent").asText()));
                if (parent == null) {
                    throw new IllegalArgumentException("parent '" + n.get("parent").asText() + "' of '" + name
                            + "' must come earlier in list '" + list + "'");
                }
            }
            List<String> aliases = new ArrayList<>();
            n.path("aliases").forEach(a -> aliases.add(a.asText()));
            Double value = null;
            if (n.hasNonNull("value")) {
                if (!n.get("value").isNumber()) {
                    throw new IllegalArgumentException("value of '" + name + "' must be a number, got " + n.get("value"));
                }
                value = n.get("value").asDouble();
            }
            out.add(new Code(0, uuid, name, optional(n, "colour"), n.hasNonNull("key") ? n.get("key").asText() : null,
                    optional(n, "description"), aliases, parent, value));
            uuidByName.put(Codebook.fold(name), uuid);
        }
        return out;
    }

    private static String uuidOf(JsonNode n) {
        return n.hasNonNull("uuid") ? Ids.checkUuid(n.get("uuid").asText()) : Ids.newUuid();
    }

    private static String text(JsonNode n, String field) {
        if (!n.hasNonNull(field) || n.get(field).asText().isBlank()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing in " + abbreviate(n));
        }
        return n.get(field).asText();
    }

    private static String optional(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** Writes the codebook to {@code file}, not over any corpus; a failure leaves no partial file (see {@link StagedFile}). */
    public static void write(Codebook book, Path file) {
        write(book, file, null);
    }

    /**
     * Writes the codebook to {@code file} as {@link OutputTarget} allows, never over {@code openCorpus} (the corpus it
     * came from, or null), through a symbolic link to its file, whole or not at all.
     *
     * @throws org.parley.core.files.OutputRefusedException when {@code file} may not be written
     */
    public static void write(Codebook book, Path file, Path openCorpus) {
        Path target = OutputTarget.check(file, OutputTarget.Shape.FILE, "the codebook", openCorpus);
        String json = toJson(book) + "\n";
        try {
            StagedFile.write(target, openCorpus, staged -> Files.writeString(staged, json));
        } catch (IOException e) {
            throw new CodebookException("cannot write codebook " + file + ": " + FileProblem.of(e), e);
        }
    }

    public static String toJson(Codebook book) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("name", book.name());
        root.put("description", book.description());
        ArrayNode dims = root.putArray("dimensions");
        for (Dimension d : book.dimensions()) {
            ObjectNode o = dims.addObject();
            o.put("uuid", d.uuid());
            o.put("name", d.name());
            o.put("kind", d.kind().word());
            o.put("codeList", d.codeList());
            o.put("description", d.description());
        }
        ObjectNode lists = root.putObject("codeLists");
        book.codeLists().forEach((list, codes) -> {
            Map<String, String> names = new HashMap<>();
            codes.forEach(c -> names.put(c.uuid(), c.name()));
            ArrayNode arr = lists.putArray(list);
            for (Code c : parentsFirst(codes)) {
                ObjectNode o = arr.addObject();
                o.put("uuid", c.uuid());
                o.put("name", c.name());
                o.put("colour", c.colour());
                o.put("key", c.key());
                o.put("description", c.description());
                ArrayNode aliases = o.putArray("aliases");
                c.aliases().forEach(aliases::add);
                o.put("parent", c.parentUuid() == null ? null : names.get(c.parentUuid()));
                if (c.value() != null) {
                    o.put("value", c.value());
                }
            }
        });
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new CodebookException("cannot write codebook " + book.name(), e);
        }
    }

    /** The codes in list order, except that a parent always precedes its children. */
    private static List<Code> parentsFirst(List<Code> codes) {
        List<Code> out = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        List<Code> pending = new ArrayList<>(codes);
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (var it = pending.iterator(); it.hasNext(); ) {
                Code c = it.next();
                if (c.parentUuid() == null || placed.contains(c.parentUuid())) {
                    out.add(c);
                    placed.add(c.uuid());
                    it.remove();
                }
            }
            if (pending.size() == before) {
                throw new CodebookException("codes " + pending.stream().map(Code::name).toList() + " form a parent cycle");
            }
        }
        return out;
    }
}
