package io.maitre.staff;

/** The consoles connected to this instance; the web adapter implements it. */
public interface ConsoleSockets {

    /** Sends the signal to every connected console whose member serves its outlet. */
    void broadcast(StaffSignal signal);
}
