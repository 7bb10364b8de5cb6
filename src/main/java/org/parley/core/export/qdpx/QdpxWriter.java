package org.parley.core.export.qdpx;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.parley.core.model.Annotation;
import org.parley.core.export.DocumentRow;
import org.parley.core.export.ExportSource;
import org.parley.core.export.Guids;
import org.parley.core.export.ExportWriter;
import org.parley.core.export.ExportOptions;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.Document;

/**
 * A REFI-QDA 1.5 project (.qdpx): {@code project.qde} plus each document's stored text as
 * {@code sources/<document uuid>.txt} (UTF-8, LF, no BOM). Coders are users, each claim one
 * PlainTextSelection (positions in code points) with one Coding per code, free-text dimensions in the
 * selection's description, claim memos as notes. Documents stream once; memory holds one document
 * and the memo notes.
 */
public final class QdpxWriter implements ExportWriter {
    static final String NAMESPACE = "urn:QDA-XML:project:1.0";
    static final String ORIGIN = "Parley";

    private record Note(String guid, String name, String text, String user, String created) {
    }

    private final ExportOptions options;

    public QdpxWriter(ExportOptions options) {
        this.options = options;
    }

    @Override
    public Written write(ExportSource source, Path out) throws Exception {
        Codebook book = source.codebook();
        CodeTree tree = new CodeTree(book);
        Path sources = Files.createTempFile(out.toAbsolutePath().getParent(), ".sources", ".xml");
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(out), 1 << 16))) {
            // one pass over the corpus: texts go into the zip while their sources are written aside, to be
            // spliced into project.qde once the users (needed before them) are known
            Set<String> coders = new TreeSet<>();
            List<Note> notes = new ArrayList<>();
            int[] count = {0};
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(sources), 1 << 16); XmlOut x = new XmlOut(os, false, 2)) {
                source.forEach(row -> {
                    zip.putNextEntry(new ZipEntry("sources/" + row.document().uuid() + ".txt"));
                    zip.write(row.document().text().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                    row.claims().forEach(c -> coders.add(c.coder()));
                    textSource(x, row, book, tree, notes);
                    count[0]++;
                });
            }
            zip.putNextEntry(new ZipEntry("project.qde"));
            try (XmlOut x = new XmlOut(new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len); // FilterOutputStream would write byte by byte
                }

                @Override
                public void close() throws IOException {
                    flush(); // the zip stays open for closeEntry
                }
            })) {
                project(x, zip, sources, count[0] > 0, book, tree, coders, notes, options);
            }
            zip.closeEntry();
        } finally {
            Files.deleteIfExists(sources);
        }
        return Written.file(out);
    }

    private void project(XmlOut x, OutputStream zip, Path sources, boolean anySource, Codebook book, CodeTree tree,
                         Set<String> coders, List<Note> notes, ExportOptions options) throws Exception {
        String name = options.projectName() != null ? options.projectName() : book.name();
        x.open("Project").namespace(NAMESPACE).attr("name", name).attr("origin", ORIGIN);
        if (!coders.isEmpty()) {
            x.open("Users");
            for (String c : coders) {
                x.empty("User").attr("guid", Guids.coder(c)).attr("name", c);
            }
            x.close("Users");
        }
        x.open("CodeBook");
        tree.write(x);
        x.close("CodeBook");
        if (anySource) {
            x.open("Sources");
            x.flush();
            Files.copy(sources, zip);
            x.close("Sources");
        }
        if (!notes.isEmpty()) {
            x.open("Notes");
            for (Note n : notes) {
                x.open("Note").attr("guid", n.guid()).attr("name", n.name()).attr("creatingUser", n.user())
                        .attr("creationDateTime", n.created());
                x.text("PlainTextContent", n.text());
                x.close("Note");
            }
            x.close("Notes");
        }
        x.close("Project");
    }

    private void textSource(XmlOut x, DocumentRow row, Codebook book, CodeTree tree, List<Note> notes)
            throws XMLStreamException {
        Document d = row.document();
        x.open("TextSource").attr("guid", d.uuid()).attr("name", d.title() != null ? d.title() : "document " + d.id())
                .attr("plainTextPath", "internal://" + d.uuid() + ".txt").attr("creationDateTime", d.imported());
        String about = SourceDescription.of(d);
        if (!about.isEmpty()) {
            x.text("Description", about);
        }
        for (Annotation c : row.claims()) {
            String user = Guids.coder(c.coder());
            x.open("PlainTextSelection").attr("guid", c.uuid()).attr("name", shortName(c.quote()))
                    .attr("startPosition", c.start()).attr("endPosition", c.end())
                    .attr("creatingUser", user).attr("creationDateTime", c.created())
                    .attr("modifyingUser", user).attr("modifiedDateTime", c.modified());
            StringBuilder freeText = new StringBuilder();
            List<String> codeGuids = new ArrayList<>();
            for (Dimension dim : book.dimensions()) {
                for (String value : c.codesOf(dim.name())) {
                    if (dim.kind().takesCodes()) {
                        tree.guid(dim.name(), value).ifPresent(codeGuids::add);
                    } else {
                        freeText.append(dim.name()).append(": ").append(value).append('\n');
                    }
                }
            }
            if (!freeText.isEmpty()) {
                x.text("Description", freeText.toString().strip());
            }
            for (String g : codeGuids) {
                x.open("Coding").attr("guid", Guids.of("parley-coding", c.uuid(), g)).attr("creatingUser", user)
                        .attr("creationDateTime", c.created());
                x.empty("CodeRef").attr("targetGUID", g);
                x.close("Coding");
            }
            if (c.memo() != null && !c.memo().isBlank()) {
                Note n = new Note(Guids.of("parley-memo", c.uuid()), "Memo: " + shortName(c.quote()), c.memo(), user, c.modified().toString());
                notes.add(n);
                x.empty("NoteRef").attr("targetGUID", n.guid());
            }
            x.close("PlainTextSelection");
        }
        x.close("TextSource");
    }

    private static String shortName(String quote) {
        String q = quote.replaceAll("\\s+", " ").strip();
        return q.codePointCount(0, q.length()) <= 60 ? q : q.substring(0, q.offsetByCodePoints(0, 59)) + "…";
    }
}
