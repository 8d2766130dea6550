package vn.tuoitreso.contest.ui;

import vn.tuoitreso.contest.ContestSummary;

/** What a part of the contest editor needs from the page: the contest as read, and where to hand answers. */
interface ContestEditing {

    /** The contest as the page last read it, with the versions its changes send back. */
    ContestSummary contest();

    /** The server's answer to a change: every part shows it. */
    void changed(ContestSummary contest);

    /** Someone else changed what was being edited: the person is offered to reload. */
    void stale();
}
