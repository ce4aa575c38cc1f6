package io.switchboard.dialog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryDeltaTests {

    @Test
    void aFoldSendsOnlyTheNewLineAndHowManyOldOnesToDrop() {
        SummaryDelta delta = SummaryDelta.between("#1 a\n#2 b\n#3 c", "#1 a\n#3 c\n#4 d", 1, false);

        assertThat(delta).isEqualTo(new SummaryDelta(false, 1, List.of("#4 d")));
    }

    @Test
    void noFoldSendsNothing() {
        assertThat(SummaryDelta.between("#1 a", "#1 a", 0, false)).isEqualTo(new SummaryDelta(false, 0, List.of()));
    }

    @Test
    void aFreshStateOrAnUnexpectedShapeIsRewrittenWhole() {
        assertThat(SummaryDelta.between("#1 a", "#1 a\n#2 b", 1, true))
                .isEqualTo(new SummaryDelta(true, 0, List.of("#1 a", "#2 b")));
        assertThat(SummaryDelta.between("", "#1 a", 1, false)).isEqualTo(new SummaryDelta(true, 0, List.of("#1 a")));
        assertThat(SummaryDelta.between("#1 a\n#2 b", "#1 a\n#9 z", 0, false))
                .isEqualTo(new SummaryDelta(true, 0, List.of("#1 a", "#9 z")));
    }

    @Test
    void manyFoldsAtOnceKeepTheOpeningLine() {
        SummaryDelta delta = SummaryDelta.between("#1 a\n#2 b\n#3 c", "#1 a\n#5 e\n#6 f", 3, false);

        assertThat(delta).isEqualTo(new SummaryDelta(false, 2, List.of("#5 e", "#6 f")));
    }
}
