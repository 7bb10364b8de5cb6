package org.parley.core.ingest.qdpx;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.parley.core.ingest.ImportException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;

/**
 * Reads project.qde (REFI-QDA 1.5, as NVivo, ATLAS.ti, MAXQDA and QualCoder write it) from an archive.
 * The XML parser refuses any DOCTYPE, so no external entity, DTD or XInclude is ever fetched or expanded.
 */
final class ProjectReader {
    static final String NS = "urn:QDA-XML:project:1.0";
    private static final String INTERNAL = "internal://";

    private final QdpxArchive archive;
    private final Map<String, Integer> skipped = new TreeMap<>();

    ProjectReader(QdpxArchive archive) {
        this.archive = archive;
    }

    QdaProject read() throws ImportException {
        if (!archive.has("project.qde")) {
            throw new ImportException("no project.qde at the top of the archive, so not a REFI-QDA project");
        }
        Element root = parse(archive.read("project.qde")).getDocumentElement();
        if (!"Project".equals(root.getLocalName()) || !NS.equals(root.getNamespaceURI())) {
            throw new ImportException("project.qde is not a REFI-QDA project (its root is "
                    + root.getNodeName() + " in " + root.getNamespaceURI() + ")");
        }
        Map<String, String> users = new LinkedHashMap<>();
        List<QdaProject.Code> codes = new ArrayList<>();
        List<QdaProject.Source> sources = new ArrayList<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (Element section : children(root, null)) {
            switch (section.getLocalName()) {
                case "Users" -> children(section, "User").forEach(u -> users.put(guid(u.getAttribute("guid")), u.getAttribute("name")));
                case "CodeBook" -> {
                    for (Element codesEl : children(section, "Codes")) {
                        children(codesEl, "Code").forEach(c -> codes.add(code(c)));
                    }
                }
                case "Sources" -> {
                    for (Element s : children(section, null)) {
                        if (s.getLocalName().equals("TextSource")) {
                            sources.add(source(s));
                        } else {
                            skip(s.getLocalName() + " (only text sources are imported)");
                        }
                    }
                }
                case "Notes" -> children(section, "Note").forEach(n -> notes.put(guid(n.getAttribute("guid")), noteText(n)));
                case "Description" -> { }
                default -> skip(section.getLocalName());
            }
        }
        List<String> notMapped = new ArrayList<>();
        skipped.forEach((what, n) -> notMapped.add(n + " × " + what));
        return new QdaProject(root.getAttribute("name"), users, codes, sources, notes, notMapped);
    }

    private static org.w3c.dom.Document parse(byte[] xml) throws ImportException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                throw new ImportException("project.qde declares a DOCTYPE (external entities are never resolved): refused");
            }
            throw new ImportException("project.qde is not well-formed XML (line " + e.getLineNumber() + ": " + e.getMessage() + ")");
        } catch (Exception e) {
            throw new ImportException("project.qde cannot be read as XML: " + e.getMessage(), e);
        }
    }

    private QdaProject.Code code(Element c) {
        List<QdaProject.Code> kids = new ArrayList<>();
        children(c, "Code").forEach(k -> kids.add(code(k)));
        if (!children(c, "NoteRef").isEmpty()) {
            skip("note on a code");
        }
        return new QdaProject.Code(guid(c.getAttribute("guid")), c.getAttribute("name").strip(), colour(c.getAttribute("color")),
                text(c, "Description"), kids);
    }

    private QdaProject.Source source(Element s) throws ImportException {
        String name = s.getAttribute("name");
        String label = "source '" + name + "'";
        SourceText text;
        List<Element> inline = children(s, "PlainTextContent");
        String path = s.getAttribute("plainTextPath");
        if (!inline.isEmpty()) {
            text = SourceText.of(inline.get(0).getTextContent());
        } else if (path.startsWith(INTERNAL)) {
            String member = "sources/" + path.substring(INTERNAL.length());
            if (QdpxArchive.escapes(member) || !archive.has(member)) {
                throw new ImportException(label + " points to " + member + ", which the archive lacks");
            }
            text = SourceText.decode(archive.read(member), label);
        } else {
            throw new ImportException(label + " has no plain text in the archive (plainTextPath '" + path
                    + "'): export the project again with its sources included");
        }
        if (text.text.isBlank()) {
            throw new ImportException(label + " has no text");
        }
        if (text.text.indexOf('\0') >= 0) {
            throw new ImportException(label + " contains NUL characters, so it is not plain text");
        }
        List<QdaProject.Selection> selections = new ArrayList<>();
        for (Element sel : children(s, null)) {
            switch (sel.getLocalName()) {
                case "PlainTextSelection" -> selections.add(selection(sel, text, label));
                case "Coding" -> skip("coding of a whole source");
                case "NoteRef" -> skip("note on a source");
                case "VariableValue" -> skip("variable value");
                default -> { }
            }
        }
        return new QdaProject.Source(guid(s.getAttribute("guid")), name, text(s, "Description"), text.text, selections);
    }

    private QdaProject.Selection selection(Element sel, SourceText text, String label) throws ImportException {
        String name = sel.getAttribute("name");
        int start;
        int end;
        try {
            start = Integer.parseInt(sel.getAttribute("startPosition").strip());
            end = Integer.parseInt(sel.getAttribute("endPosition").strip());
        } catch (NumberFormatException e) {
            throw new ImportException("selection '" + name + "' in " + label + " has no whole-number positions");
        }
        if (start < 0 || end <= start || end > text.rawLength()) {
            throw new ImportException("selection '" + name + "' [" + start + ", " + end + ") lies outside " + label
                    + ", which has " + text.rawLength() + " characters");
        }
        if (text.position(end) <= text.position(start)) {
            throw new ImportException("selection '" + name + "' [" + start + ", " + end + ") in " + label
                    + " covers only half of a CR LF line break");
        }
        List<String> codes = new ArrayList<>();
        for (Element coding : children(sel, "Coding")) {
            children(coding, "CodeRef").forEach(r -> codes.add(guid(r.getAttribute("targetGUID"))));
        }
        List<String> notes = new ArrayList<>();
        children(sel, "NoteRef").forEach(r -> notes.add(guid(r.getAttribute("targetGUID"))));
        String user = sel.getAttribute("creatingUser");
        return new QdaProject.Selection(guid(sel.getAttribute("guid")), name, text.position(start), text.position(end),
                user.isBlank() ? null : guid(user), sel.getAttribute("creationDateTime"), codes, text(sel, "Description"), notes);
    }

    private static String noteText(Element note) {
        String t = text(note, "PlainTextContent");
        return t.isBlank() ? note.getAttribute("name") : t;
    }

    private void skip(String what) {
        skipped.merge(what, 1, Integer::sum);
    }

    /** GUIDs compare without braces and case, as tools write them differently. */
    static String guid(String g) {
        return g.strip().replace("{", "").replace("}", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String colour(String c) {
        String s = c.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.matches("#[0-9a-f]{3}")) {
            return "#" + s.charAt(1) + s.charAt(1) + s.charAt(2) + s.charAt(2) + s.charAt(3) + s.charAt(3);
        }
        return s.matches("#[0-9a-f]{6}") ? s : null;
    }

    private static String text(Element parent, String child) {
        List<Element> found = children(parent, child);
        return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI())
                    && (localName == null || localName.equals(e.getLocalName()))) {
                out.add(e);
            }
        }
        return out;
    }
}
