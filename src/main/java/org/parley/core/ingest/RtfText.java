package org.parley.core.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The text of an RTF file, read as the RTF 1.9.1 specification says: bytes ({@code \'hh} escapes and raw
 * 8-bit text) in the code page of the current font ({@code \fN} → its {@code \fcharsetM} or {@code \cpgN}
 * in the font table), else of the document ({@code \ansicpgN}, {@code \ansi}, {@code \mac}, {@code \pc},
 * {@code \pca}); {@code \\uN} as UTF-16 units followed by {@code \\ucN} (default 1) skipped fallback
 * characters. Destinations that are not body text are skipped whole: {@code \*} groups, the font, colour,
 * style, list and revision tables, pictures, headers, footers, footnotes, annotations, field instructions
 * (their shown result stays), bookmarks and list numbers; {@code \info} gives only its title and author.
 * {@code \par}, {@code \sect}, {@code \line} and {@code \row} end a line, {@code \tab} and {@code \cell}
 * are a tab. Groups are kept on a heap stack, so nesting costs no Java stack.
 */
final class RtfText {
    /** The body text (LF line ends, untrimmed) and the title and author of {@code \info}, or null. */
    record Extracted(String text, String title, String author) {
    }

    /** Word nests groups a dozen deep; far deeper is not a document. */
    static final int MAX_DEPTH = 2000;

    private enum Target { BODY, SKIP, FONTS, INFO, TITLE, AUTHOR }

    private static final Set<String> SKIPPED = Set.of("colortbl", "stylesheet", "listtable", "listoverridetable",
            "revtbl", "rsidtbl", "filetbl", "pgdsctbl", "latentstyles", "themedata", "colorschememapping", "datastore",
            "xmlnstbl", "mmathPr", "generator", "pict", "nonshppict", "shpinst", "header", "headerl", "headerr",
            "headerf", "footer", "footerl", "footerr", "footerf", "footnote", "annotation", "atnid", "atnauthor",
            "fldinst", "datafield", "bkmkstart", "bkmkend", "listtext", "pntext", "pn", "xe", "tc", "txe", "rxe",
            "userprops", "docvar", "template", "background", "objdata", "fontemb", "fontfile", "wgrffmtfilter");
    private static final Map<String, Character> SYMBOLS = Map.ofEntries(Map.entry("par", '\n'), Map.entry("sect", '\n'),
            Map.entry("line", '\n'), Map.entry("row", '\n'), Map.entry("nestrow", '\n'), Map.entry("tab", '\t'),
            Map.entry("cell", '\t'), Map.entry("nestcell", '\t'), Map.entry("emdash", '—'), Map.entry("endash", '–'),
            Map.entry("emspace", '\u2003'), Map.entry("enspace", '\u2002'), Map.entry("qmspace", '\u2005'),
            Map.entry("bullet", '•'), Map.entry("lquote", '‘'), Map.entry("rquote", '’'), Map.entry("ldblquote", '“'),
            Map.entry("rdblquote", '”'), Map.entry("zwj", '\u200d'), Map.entry("zwnj", '\u200c'),
            Map.entry("zwbo", '\u200b'), Map.entry("ltrmark", '\u200e'), Map.entry("rtlmark", '\u200f'));

    /** What a group changes: where its text goes, its font and its \\uc count. */
    private record Group(Target target, int font, int uc) {
    }

    private final byte[] in;
    private int pos;
    private final Deque<Group> stack = new ArrayDeque<>();
    private Group group = new Group(Target.BODY, -1, 1);
    private Charset document = RtfCharsets.WINDOWS_1252;
    private int defaultFont = -1;
    /** Each font's charset; a font mapped to null uses the document's. */
    private final Map<Integer, Charset> fonts = new HashMap<>();
    private int fontBeingDefined = -1;
    /** Fonts whose code page Java lacks: refused when text in them comes. */
    private final Map<Integer, ImportException> undecodable = new HashMap<>();
    /** Fallback characters still to skip after a \\uN. */
    private int skip;
    private final Map<Target, StringBuilder> out = new HashMap<>();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private Charset pendingCharset;
    private Target pendingTarget;

    private RtfText(byte[] in, int start) {
        this.in = in;
        this.pos = start;
    }

    static Extracted read(byte[] bytes) throws ImportException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (start < bytes.length && (bytes[start] == ' ' || bytes[start] == '\r' || bytes[start] == '\n' || bytes[start] == '\t')) {
            start++;
        }
        if (!(bytes.length >= start + 5 && bytes[start] == '{' && bytes[start + 1] == '\\' && bytes[start + 2] == 'r'
                && bytes[start + 3] == 't' && bytes[start + 4] == 'f')) {
            throw new ImportException("not an RTF file (it does not start with {\\rtf)");
        }
        RtfText r = new RtfText(bytes, start);
        r.run();
        r.flush();
        return new Extracted(r.text(Target.BODY), blankToNull(r.text(Target.TITLE)), blankToNull(r.text(Target.AUTHOR)));
    }

    /** The text with each lone UTF-16 surrogate (a broken \\u pair) made U+FFFD. */
    private static String paired(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }

    private String text(Target t) {
        StringBuilder sb = out.get(t);
        return sb == null ? "" : paired(sb);
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    private void run() throws ImportException {
        while (pos < in.length) {
            int c = in[pos++] & 0xFF;
            switch (c) {
                case '{' -> {
                    skip = 0;
                    if (stack.size() >= MAX_DEPTH) {
                        throw new ImportException("the RTF file is nested too deeply to read (over " + MAX_DEPTH + " groups)");
                    }
                    stack.push(group);
                }
                case '}' -> {
                    skip = 0;
                    if (stack.isEmpty()) {
                        return; // the document's group is closed: what follows is not part of it
                    }
                    group = stack.pop();
                    if (stack.isEmpty()) {
                        return;
                    }
                }
                case '\\' -> control();
                case '\r', '\n' -> {
                    // line breaks in the file are not text
                }
                default -> {
                    if (skip > 0) {
                        skip--;
                    } else {
                        emitByte(c);
                    }
                }
            }
        }
    }

    private void control() throws ImportException {
        if (pos >= in.length) {
            return;
        }
        int c = in[pos];
        if (letter(c)) {
            int wordStart = pos;
            while (pos < in.length && pos - wordStart < 32 && letter(in[pos])) {
                pos++;
            }
            String word = new String(in, wordStart, pos - wordStart, java.nio.charset.StandardCharsets.US_ASCII);
            boolean negative = pos < in.length && in[pos] == '-' && pos + 1 < in.length && digit(in[pos + 1]);
            if (negative) {
                pos++;
            }
            long param = 0;
            boolean hasParam = false;
            while (pos < in.length && digit(in[pos])) {
                param = Math.min(param * 10 + (in[pos++] - '0'), Integer.MAX_VALUE);
                hasParam = true;
            }
            if (pos < in.length && in[pos] == ' ') {
                pos++; // the delimiter belongs to the control word
            }
            int p = (int) (negative ? -param : param);
            if (word.equals("bin")) {
                pos += (int) Math.min(Math.max(0, p), in.length - pos); // binary data is never text
            }
            if (skip > 0) {
                skip--;
                return;
            }
            word(word, hasParam ? p : null);
            return;
        }
        pos++;
        if (c == '\'') {
            int hi = pos < in.length ? Character.digit(in[pos], 16) : -1;
            int lo = pos + 1 < in.length ? Character.digit(in[pos + 1], 16) : -1;
            if (hi < 0 || lo < 0) {
                return;
            }
            pos += 2;
            if (skip > 0) {
                skip--;
            } else {
                emitByte(hi * 16 + lo);
            }
            return;
        }
        if (skip > 0) {
            skip--;
            return;
        }
        switch (c) {
            case '\\', '{', '}' -> emitByte(c);
            case '~' -> emitChar('\u00a0');
            case '_' -> emitChar('\u2011');
            case '\n', '\r' -> emitChar('\n');
            case '*' -> to(Target.SKIP);
            default -> {
                // \- (optional hyphen), \: and \| are not text
            }
        }
    }

    private void word(String word, Integer param) throws ImportException {
        int p = param == null ? 0 : param;
        Character symbol = SYMBOLS.get(word);
        if (symbol != null) {
            emitChar(symbol);
            return;
        }
        if (SKIPPED.contains(word)) {
            to(Target.SKIP);
            return;
        }
        switch (word) {
            case "ansi" -> document = RtfCharsets.WINDOWS_1252;
            case "mac" -> document = RtfCharsets.codePage(10000);
            case "pc" -> document = RtfCharsets.codePage(437);
            case "pca" -> document = RtfCharsets.codePage(850);
            case "ansicpg" -> document = RtfCharsets.codePage(p);
            case "deff" -> defaultFont = p;
            case "fonttbl" -> to(Target.FONTS);
            case "info" -> to(Target.INFO);
            case "title" -> to(group.target() == Target.INFO ? Target.TITLE : group.target());
            case "author" -> to(group.target() == Target.INFO ? Target.AUTHOR : group.target());
            case "f" -> {
                if (group.target() == Target.FONTS) {
                    fontBeingDefined = p;
                    fonts.putIfAbsent(p, null);
                } else {
                    group = new Group(group.target(), p, group.uc());
                }
            }
            case "fcharset", "cpg" -> {
                if (group.target() == Target.FONTS && fontBeingDefined >= 0) {
                    try {
                        fonts.put(fontBeingDefined, word.equals("cpg") ? RtfCharsets.codePage(p) : RtfCharsets.fontCharset(p, null));
                    } catch (ImportException e) {
                        undecodable.put(fontBeingDefined, e); // a font the text never uses does no harm
                    }
                }
            }
            case "plain" -> group = new Group(group.target(), -1, group.uc());
            case "uc" -> group = new Group(group.target(), group.font(), Math.max(0, Math.min(p, 16)));
            case "u" -> {
                emitChar((char) (p < 0 ? p + 65536 : p));
                skip = group.uc();
            }
            default -> {
                // formatting: not text
            }
        }
    }

    private void to(Target target) {
        if (group.target() != Target.SKIP) {
            group = new Group(target, group.font(), group.uc());
        }
    }

    private Charset charset() throws ImportException {
        int font = group.font() >= 0 ? group.font() : defaultFont;
        if (undecodable.containsKey(font)) {
            throw undecodable.get(font);
        }
        Charset cs = fonts.get(font);
        return cs != null ? cs : document;
    }

    private boolean text() {
        Target t = group.target();
        return t == Target.BODY || t == Target.TITLE || t == Target.AUTHOR;
    }

    private void emitByte(int b) throws ImportException {
        if (!text() || b < 0x20 && b != '\t') {
            return;
        }
        Charset cs = charset();
        if (pending.size() > 0 && (!cs.equals(pendingCharset) || group.target() != pendingTarget)) {
            flush();
        }
        pendingCharset = cs;
        pendingTarget = group.target();
        pending.write(b);
    }

    private void emitChar(char c) {
        if (!text() || c < 0x20 && c != '\t' && c != '\n') {
            return;
        }
        flush();
        out.computeIfAbsent(group.target(), t -> new StringBuilder()).append(c);
    }

    private void flush() {
        if (pending.size() > 0) {
            out.computeIfAbsent(pendingTarget, t -> new StringBuilder()).append(pending.toString(pendingCharset));
            pending.reset();
        }
    }

    private static boolean letter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }
}
