package io.maitre.staff;

/**
 * Carries {@link StaffSignal}s to every instance: in embedded mode straight to this one, in production through
 * Redis pub/sub, where each instance hands them to {@link SignalDelivery}.
 */
public interface StaffSignals {

    void publish(StaffSignal signal);
}
