package org.parley.core.ingest.qdpx;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
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
    private final Skipped skipped = new Skipped();
    /** Notes a selection of a text source refers to: they become claim memos. */
    private final Set<String> notesOnClaims = new HashSet<>();
    /** Where each other note reference points from (code, source, project ...), by note GUID: the first one. */
    private final Map<String, String> notesElsewhere = new LinkedHashMap<>();
    /** Each selection's note references, as (note GUID, selection name), to find those that point nowhere. */
    private final List<String[]> selectionNoteRefs = new ArrayList<>();
    /** Names in the singular and plural of what the project-level sections Parley does not map hold. */
    private static final Map<String, String[]> UNMAPPED = Map.ofEntries(
            Map.entry("Variable", new String[] {"variable", "variables"}),
            Map.entry("Case", new String[] {"case", "cases"}),
            Map.entry("Set", new String[] {"set", "sets"}),
            Map.entry("Graph", new String[] {"graph", "graphs"}),
            Map.entry("Link", new String[] {"link", "links"}),
            Map.entry("PictureSource", new String[] {"picture source", "picture sources"}),
            Map.entry("PDFSource", new String[] {"PDF source", "PDF sources"}),
            Map.entry("AudioSource", new String[] {"audio source", "audio sources"}),
            Map.entry("VideoSource", new String[] {"video source", "video sources"}),
            Map.entry("PictureSelection", new String[] {"coded picture region", "coded picture regions"}),
            Map.entry("PDFSelection", new String[] {"PDF selection", "PDF selections"}),
            Map.entry("AudioSelection", new String[] {"audio selection", "audio selections"}),
            Map.entry("VideoSelection", new String[] {"video selection", "video selections"}),
            Map.entry("PlainTextSelection", new String[] {"selection in a text source with no text", "selections in text sources with no text"}),
            Map.entry("TranscriptSelection", new String[] {"transcript selection", "transcript selections"}));

    ProjectReader(QdpxArchive archive) {
        this.archive = archive;
    }

    QdaProject read() throws ProjectRefused {
        if (!archive.has("project.qde")) {
            throw new ProjectRefused("no project.qde at the top of the archive, so not a REFI-QDA project");
        }
        Element root = parse(archive.read("project.qde")).getDocumentElement();
        if (!"Project".equals(root.getLocalName()) || !NS.equals(root.getNamespaceURI())) {
            throw new ProjectRefused("project.qde is not a REFI-QDA project (its root is "
                    + root.getNodeName() + " in " + root.getNamespaceURI() + ")");
        }
        Map<String, String> users = new LinkedHashMap<>();
        List<QdaProject.Code> codes = new ArrayList<>();
        List<QdaProject.Source> sources = new ArrayList<>();
        Map<String, String> notes = new LinkedHashMap<>();
        Map<String, String> noteNames = new LinkedHashMap<>();
        String projectName = root.getAttribute("name");
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
                            QdaProject.Source read = source(s);
                            if (read != null) {
                                sources.add(read);
                            }
                        } else {
                            skipWithin(s, s.getAttribute("name")); // only text sources are imported
                        }
                    }
                }
                case "Notes" -> children(section, "Note").forEach(n -> {
                    notes.put(guid(n.getAttribute("guid")), noteText(n));
                    noteNames.put(guid(n.getAttribute("guid")), n.getAttribute("name"));
                });
                case "Description" -> {
                    if (!section.getTextContent().isBlank()) {
                        skipped.add("project description", "project descriptions", projectName);
                    }
                }
                case "NoteRef" -> noteElsewhere(section, "on the project");
                case "Variables", "Cases", "Sets", "Graphs", "Links" -> children(section, null).forEach(item -> {
                    skip(item, item.getAttribute("name"));
                    children(item, "NoteRef").forEach(r -> noteElsewhere(r, "on " + item.getLocalName().toLowerCase(Locale.ROOT)
                            + " '" + item.getAttribute("name") + "'"));
                });
                default -> skipped.add(section.getLocalName() + " section", section.getLocalName() + " sections", section.getLocalName());
            }
        }
        for (String[] ref : selectionNoteRefs) {
            if (!notes.containsKey(ref[0])) {
                skipped.add("reference to a missing note", "references to missing notes", "selection '" + ref[1] + "'");
            }
        }
        noteNames.forEach((guid, name) -> {
            if (!notesOnClaims.contains(guid)) {
                String where = notesElsewhere.get(guid);
                skipped.add("note not attached to a claim", "notes not attached to a claim",
                        (name.isBlank() ? guid : name) + (where == null ? "" : " (" + where + ")"));
            }
        });
        return new QdaProject(projectName, root.getAttribute("origin"), users, codes, sources, notes, skipped);
    }

    /** A note reference on something Parley does not import the note with. */
    private void noteElsewhere(Element noteRef, String where) {
        notesElsewhere.putIfAbsent(guid(noteRef.getAttribute("targetGUID")), where);
    }

    /** Skips a source Parley does not import, and what within it a user would miss: its selections and note references. */
    private void skipWithin(Element source, String sourceName) {
        skip(source, sourceName);
        walk(source, sourceName);
    }

    private void walk(Element e, String sourceName) {
        for (Element child : children(e, null)) {
            if (child.getLocalName().endsWith("Selection")) {
                skip(child, (child.getAttribute("name").isBlank() ? "a selection" : child.getAttribute("name")) + " in " + sourceName);
            } else if (child.getLocalName().equals("NoteRef")) {
                noteElsewhere(child, "on " + e.getLocalName() + " in " + sourceName);
            }
            walk(child, sourceName);
        }
    }

    private void skip(Element e, String name) {
        String[] kind = UNMAPPED.getOrDefault(e.getLocalName(), new String[] {e.getLocalName() + " element", e.getLocalName() + " elements"});
        skipped.add(kind[0], kind[1], name);
    }

    private static org.w3c.dom.Document parse(byte[] xml) throws ProjectRefused {
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
                throw new ProjectRefused("project.qde declares a DOCTYPE (external entities are never resolved): refused");
            }
            throw new ProjectRefused("project.qde is not well-formed XML (line " + e.getLineNumber() + ": " + e.getMessage() + ")");
        } catch (Exception e) {
            throw new ProjectRefused("project.qde cannot be read as XML: " + e.getMessage(), e);
        }
    }

    private QdaProject.Code code(Element c) {
        List<QdaProject.Code> kids = new ArrayList<>();
        children(c, "Code").forEach(k -> kids.add(code(k)));
        children(c, "NoteRef").forEach(r -> noteElsewhere(r, "on code '" + c.getAttribute("name").strip() + "'"));
        return new QdaProject.Code(guid(c.getAttribute("guid")), c.getAttribute("name").strip(), colour(c.getAttribute("color")),
                text(c, "Description"), kids);
    }

    /** The source, or null when it has no text (skipped with its selections, and noted). */
    private QdaProject.Source source(Element s) throws ProjectRefused {
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
                throw new ProjectRefused(label + " points to " + member + ", which the archive lacks");
            }
            text = SourceText.decode(archive.read(member), label);
        } else {
            throw new ProjectRefused(label + " has no plain text in the archive (plainTextPath '" + path
                    + "'): export the project again with its sources included");
        }
        if (text.text.isBlank()) {
            // NVivo keeps sources whose text was never added: the rest of the project still comes in
            skipped.add("text source with no text", "text sources with no text", name);
            walk(s, name);
            return null;
        }
        if (text.text.indexOf('\0') >= 0) {
            throw new ProjectRefused(label + " contains NUL characters, so it is not plain text");
        }
        List<QdaProject.Selection> selections = new ArrayList<>();
        for (Element sel : children(s, null)) {
            switch (sel.getLocalName()) {
                case "PlainTextSelection" -> selections.add(selection(sel, text, label));
                case "Coding" -> {
                    skipped.add("coding of a whole source", "codings of whole sources", name);
                    children(sel, "NoteRef").forEach(r -> noteElsewhere(r, "on the coding of source '" + name + "'"));
                }
                case "NoteRef" -> noteElsewhere(sel, "on source '" + name + "'");
                case "VariableValue" -> skipped.add("variable value", "variable values", name);
                case "PlainTextContent", "Description" -> { }
                default -> skipped.add(sel.getLocalName() + " element", sel.getLocalName() + " elements", name);
            }
        }
        return new QdaProject.Source(guid(s.getAttribute("guid")), name, text(s, "Description"), text.text, selections);
    }

    private QdaProject.Selection selection(Element sel, SourceText text, String label) throws ProjectRefused {
        String name = sel.getAttribute("name");
        int start;
        int end;
        try {
            start = Integer.parseInt(sel.getAttribute("startPosition").strip());
            end = Integer.parseInt(sel.getAttribute("endPosition").strip());
        } catch (NumberFormatException e) {
            throw new ProjectRefused("selection '" + name + "' in " + label + " has no whole-number positions");
        }
        if (start < 0 || end <= start || end > text.rawLength()) {
            throw new ProjectRefused("selection '" + name + "' [" + start + ", " + end + ") lies outside " + label
                    + ", which has " + text.rawLength() + " characters");
        }
        if (text.position(end) <= text.position(start)) {
            throw new ProjectRefused("selection '" + name + "' [" + start + ", " + end + ") in " + label
                    + " covers only half of a CR LF line break");
        }
        List<String> codes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        children(sel, "NoteRef").forEach(r -> notes.add(notesOnClaim(r, name)));
        for (Element coding : children(sel, "Coding")) {
            children(coding, "CodeRef").forEach(r -> codes.add(guid(r.getAttribute("targetGUID"))));
            // a note on one coding of the selection: the claim's memo takes it, as the claim holds the coding
            children(coding, "NoteRef").forEach(r -> notes.add(notesOnClaim(r, name)));
        }
        String user = sel.getAttribute("creatingUser");
        return new QdaProject.Selection(guid(sel.getAttribute("guid")), name, text.position(start), text.position(end),
                user.isBlank() ? null : guid(user), sel.getAttribute("creationDateTime"), codes, text(sel, "Description"),
                notes.stream().distinct().toList());
    }

    private String notesOnClaim(Element noteRef, String selection) {
        String guid = guid(noteRef.getAttribute("targetGUID"));
        notesOnClaims.add(guid);
        selectionNoteRefs.add(new String[] {guid, selection});
        return guid;
    }

    private static String noteText(Element note) {
        String t = text(note, "PlainTextContent");
        return t.isBlank() ? note.getAttribute("name") : t;
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
