package org.parley.core.ingest.qdpx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A .qdpx holding one text source Parley imports beside everything REFI-QDA has that Parley cannot map:
 * picture, PDF, audio and video sources with their selections, whole-source codings, variables, cases,
 * sets, graphs, links, notes on codes and sources and one on nothing, a dangling note reference and the
 * project's description. Shared by the core, CLI and app tests.
 */
public final class UnmappableProject {
    /** The notes the import summary gives, in this order. */
    public static final List<String> NOTES = List.of(
            "skipped 1 variable: Age",
            "skipped 1 case: Case 1",
            "skipped 1 coding of a whole source: Interview 1",
            "skipped 1 variable value: Interview 1",
            "skipped 2 picture sources: map.png, photo.jpg",
            "skipped 1 coded picture region: region 1 in map.png",
            "skipped 1 PDF source: report.pdf",
            "skipped 1 PDF selection: page 3 in report.pdf",
            "skipped 1 audio source: call.mp3",
            "skipped 1 video source: briefing.mp4",
            "skipped 1 set: Key sources",
            "skipped 1 graph: Actors map",
            "skipped 1 link: cites",
            "skipped 1 project description: Test",
            "skipped 1 reference to a missing note: selection 'denial'",
            "skipped 3 notes not attached to a claim: Source memo (on source 'Interview 1'), Loose memo, Code memo (on code 'Actors')");

    private UnmappableProject() {
    }

    public static Path write(Path file) throws IOException {
        String project = QdpxFiles.project("""
                <Users><User guid="a1b2c3d4-0000-4000-8000-000000000001" name="Maria"/></Users>
                <CodeBook><Codes>
                  <Code guid="c0000000-0000-4000-8000-000000000001" name="Actors" isCodable="true">
                    <NoteRef targetGUID="n0000000-0000-4000-8000-000000000004"/>
                    <Code guid="c0000000-0000-4000-8000-000000000002" name="Russia" isCodable="true"/>
                  </Code>
                </Codes></CodeBook>
                <Variables><Variable guid="v0000000-0000-4000-8000-000000000001" name="Age" typeOfVariable="Integer"/></Variables>
                <Cases><Case guid="k0000000-0000-4000-8000-000000000001" name="Case 1"/></Cases>
                <Sources>
                  <TextSource guid="d0000000-0000-4000-8000-000000000001" name="Interview 1" plainTextPath="internal://interview.txt">
                    <PlainTextSelection guid="e0000000-0000-4000-8000-000000000001" name="denial" startPosition="13" endPosition="45">
                      <Coding guid="f0000000-0000-4000-8000-000000000001"><CodeRef targetGUID="c0000000-0000-4000-8000-000000000002"/></Coding>
                      <NoteRef targetGUID="n0000000-0000-4000-8000-000000000001"/>
                      <NoteRef targetGUID="n0000000-0000-4000-8000-000000000099"/>
                    </PlainTextSelection>
                    <Coding guid="f0000000-0000-4000-8000-000000000002"><CodeRef targetGUID="c0000000-0000-4000-8000-000000000001"/></Coding>
                    <NoteRef targetGUID="n0000000-0000-4000-8000-000000000002"/>
                    <VariableValue><VariableRef targetGUID="v0000000-0000-4000-8000-000000000001"/><IntegerValue>40</IntegerValue></VariableValue>
                  </TextSource>
                  <PictureSource guid="d0000000-0000-4000-8000-000000000002" name="map.png" path="internal://map.png">
                    <PictureSelection guid="e0000000-0000-4000-8000-000000000002" name="region 1" firstX="1" firstY="1" secondX="9" secondY="9">
                      <Coding guid="f0000000-0000-4000-8000-000000000003"><CodeRef targetGUID="c0000000-0000-4000-8000-000000000002"/></Coding>
                    </PictureSelection>
                  </PictureSource>
                  <PictureSource guid="d0000000-0000-4000-8000-000000000003" name="photo.jpg" path="internal://photo.jpg"/>
                  <PDFSource guid="d0000000-0000-4000-8000-000000000004" name="report.pdf" path="internal://report.pdf">
                    <PDFSelection guid="e0000000-0000-4000-8000-000000000003" name="page 3" page="3" firstX="1" firstY="1" secondX="9" secondY="9"/>
                  </PDFSource>
                  <AudioSource guid="d0000000-0000-4000-8000-000000000005" name="call.mp3" path="internal://call.mp3"/>
                  <VideoSource guid="d0000000-0000-4000-8000-000000000006" name="briefing.mp4" path="internal://briefing.mp4"/>
                </Sources>
                <Notes>
                  <Note guid="n0000000-0000-4000-8000-000000000001" name="Claim memo"><PlainTextContent>He denies it.</PlainTextContent></Note>
                  <Note guid="n0000000-0000-4000-8000-000000000002" name="Source memo"><PlainTextContent>Recorded in Moscow.</PlainTextContent></Note>
                  <Note guid="n0000000-0000-4000-8000-000000000003" name="Loose memo"><PlainTextContent>Ask Ivan.</PlainTextContent></Note>
                  <Note guid="n0000000-0000-4000-8000-000000000004" name="Code memo"><PlainTextContent>Includes officials.</PlainTextContent></Note>
                </Notes>
                <Sets><Set guid="s0000000-0000-4000-8000-000000000001" name="Key sources"/></Sets>
                <Graphs><Graph guid="g0000000-0000-4000-8000-000000000001" name="Actors map"/></Graphs>
                <Links><Link guid="l0000000-0000-4000-8000-000000000001" name="cites" direction="OneWay"/></Links>
                <Description>Interviews on arms control, 2019.</Description>""");
        return new QdpxFiles().entry("project.qde", project)
                .entry("sources/interview.txt", "Lavrov said:\n“We are not concealing anything”.\nWashington disagreed.")
                .write(file);
    }
}
