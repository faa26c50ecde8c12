package io.maitre.channel;

/** No restaurant outlet has the requested id. */
public class UnknownOutlet extends RuntimeException {

    public UnknownOutlet(String outletId) {
        super("Unknown outlet '" + outletId + "'");
    }
}
