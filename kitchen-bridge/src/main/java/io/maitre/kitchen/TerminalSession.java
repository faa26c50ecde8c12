package io.maitre.kitchen;

import java.util.concurrent.atomic.AtomicInteger;

/** One connected terminal: which outlet and station it shows, and how far it has been sent. */
public final class TerminalSession {

    private final String outletId;
    private final String station;
    private final String terminalId;
    private final TicketSink sink;
    private final AtomicInteger pumpRequests = new AtomicInteger();
    private long lastSentSequence;

    TerminalSession(String outletId, String station, String terminalId, TicketSink sink, long lastAckedSequence) {
        this.outletId = outletId;
        this.station = station;
        this.terminalId = terminalId;
        this.sink = sink;
        this.lastSentSequence = lastAckedSequence;
    }

    public String outletId() {
        return outletId;
    }

    public String station() {
        return station;
    }

    public String terminalId() {
        return terminalId;
    }

    TicketSink sink() {
        return sink;
    }

    AtomicInteger pumpRequests() {
        return pumpRequests;
    }

    /** Only the pump of this session, one at a time, reads and writes it. */
    long lastSentSequence() {
        return lastSentSequence;
    }

    void sentUpTo(long sequence) {
        lastSentSequence = sequence;
    }

    @Override
    public String toString() {
        return "terminal " + terminalId + " (" + outletId + "/" + station + ")";
    }
}
