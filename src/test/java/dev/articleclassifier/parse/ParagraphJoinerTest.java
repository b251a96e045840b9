package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphJoinerTest {

    @Test
    void join_usesBlankLines_whenEveryLineIsIndentedAlike() {
        List<String> lines = List.of("    The first paragraph wraps", "    onto a second line.", "",
                "    The second paragraph.");
        assertEquals(List.of("The first paragraph wraps onto a second line.", "The second paragraph."),
                ParagraphJoiner.join(lines(lines)));
    }

    @Test
    void join_keepsEachLongLineAsParagraph_whenTextCameFromWebPage() {
        String longLine = "This paragraph is a single long line as copied from a browser window, well past any "
                + "wrapping column that an old wire terminal would have used for its copy.";
        assertEquals(List.of(longLine, "Short closing line."),
                ParagraphJoiner.join(lines(List.of(longLine, "Short closing line."))));
    }

    @Test
    void join_startsNewParagraph_afterShortLineEndingASentence() {
        List<String> lines = List.of("Prices rose for a third day on Monday as traders",
                "bought ahead of the report.", "Analysts expect more gains when markets reopen",
                "after the holiday.");
        assertEquals(List.of("Prices rose for a third day on Monday as traders bought ahead of the report.",
                "Analysts expect more gains when markets reopen after the holiday."),
                ParagraphJoiner.join(lines(lines)));
    }

    @Test
    void join_readsOnlyLinesFromIndexNotDropped_asIfTheOthersWereNotThere() {
        List<String> body = List.of("Prices rose for a third day on Monday as traders", "bought ahead of the report.",
                "", "    Analysts expect more gains.");
        List<String> withFurniture = List.of("HEADLINE", "Share", body.get(0), "Print", body.get(1), body.get(2),
                "Advertisement", body.get(3));
        boolean[] dropped = {false, true, false, true, false, false, true, false};
        List<String> joined = new ArrayList<>();
        ParagraphJoiner.join(lines(withFurniture), 1, dropped, joined);
        assertEquals(ParagraphJoiner.join(lines(body)), joined);
    }

    @Test
    void join_startsEachStoryAfresh_afterALongParagraph() {
        String longParagraph = String.join("\n", Collections.nCopies(2000, "word word word word word word"));
        ParagraphJoiner.join(lines(List.of(longParagraph, "end of it")));
        List<String> lines = List.of("Prices rose for a third day", "on Monday.");
        assertEquals(List.of("Prices rose for a third day on Monday."), ParagraphJoiner.join(lines(lines)));
    }

    @Test
    void join_keepsNoHugeBuilder_afterAParagraphLongerThanWhatIsKept() {
        // Problem: a builder grown by a megabyte paragraph stayed with the thread until its next story, which a warm
        // function may never get. Fix: the joiner lets such a builder go as soon as the story is joined.
        String hugeParagraph = String.join("\n", Collections.nCopies(20_000, "word word word word word word"));
        List<String> joined = ParagraphJoiner.join(lines(List.of(hugeParagraph, "end of it")));
        assertEquals(1, joined.size());
        assertTrue(ParagraphJoiner.keptCapacity() <= 64 * 1024, "kept " + ParagraphJoiner.keptCapacity());
        ParagraphJoiner.join(lines(List.of("Prices rose for a third day", "on Monday.")));
        assertTrue(ParagraphJoiner.keptCapacity() > 0, "a builder of ordinary size is kept for the next story");
    }

    private static TextLines lines(List<String> lines) {
        return TextLines.of(String.join("\n", lines));
    }
}
