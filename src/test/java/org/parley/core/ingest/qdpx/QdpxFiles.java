package org.parley.core.ingest.qdpx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds .qdpx archives by hand, the way other QDA tools write them, and broken in the ways attackers do. */
final class QdpxFiles {
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    QdpxFiles entry(String name, String text) {
        entries.put(name, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    QdpxFiles entry(String name, byte[] bytes) {
        entries.put(name, bytes);
        return this;
    }

    Path write(Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A project.qde in the REFI-QDA namespace around {@code body}. */
    static String project(String body) {
        return project(body, "NVivo 14");
    }

    /** The same, written by the program {@code origin} names. */
    static String project(String body, String origin) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Test\" "
                + "origin=\"" + origin + "\">\n" + body + "\n</Project>\n";
    }
}
