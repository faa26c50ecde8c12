package io.maitre.channel.twilio;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory stand-ins for the ports bot-core implements. */
final class Fakes {

    static final String DEMO_NUMBER = "+12125550142";
    static final String STAFF_NUMBER = "+12125550143";
    static final TwilioOutlet DEMO = new TwilioOutlet("demo", "Demo Pizzeria", List.of(DEMO_NUMBER), STAFF_NUMBER,
            "+1 212-555-0142", List.of("pizza", "pepperoni", "coke", "pickup", "delivery"));

    private Fakes() {
    }

    static final class Outlets implements TwilioOutlets {
        @Override
        public Optional<TwilioOutlet> byNumber(String phoneNumber) {
            return DEMO.phoneNumbers().contains(phoneNumber) ? Optional.of(DEMO) : Optional.empty();
        }

        @Override
        public Optional<TwilioOutlet> byId(String outletId) {
            return DEMO.outletId().equals(outletId) ? Optional.of(DEMO) : Optional.empty();
        }
    }

    static final class Store implements TwilioStore {
        final Map<String, String> values = new ConcurrentHashMap<>();

        @Override
        public boolean claim(String key, Duration ttl) {
            return values.putIfAbsent(key, "1") == null;
        }

        @Override
        public void release(String key) {
            values.remove(key);
        }

        @Override
        public long increment(String key, Duration ttl) {
            return Long.parseLong(values.merge(key, "1", (a, b) -> Long.toString(Long.parseLong(a) + 1)));
        }

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void put(String key, String value, Duration ttl) {
            values.put(key, value);
        }
    }

    static final class OptOuts implements SmsOptOuts {
        final Set<String> out = ConcurrentHashMap.newKeySet();

        @Override
        public boolean isOptedOut(String ourNumber, String customerNumber) {
            return out.contains(ourNumber + customerNumber);
        }

        @Override
        public void optOut(String ourNumber, String customerNumber) {
            out.add(ourNumber + customerNumber);
        }

        @Override
        public void optIn(String ourNumber, String customerNumber) {
            out.remove(ourNumber + customerNumber);
        }
    }

    static final class Deliveries implements SmsDeliveryLog {
        final Map<String, String> statuses = new ConcurrentHashMap<>();

        @Override
        public void record(String messageSid, String status, String errorCode) {
            statuses.put(messageSid, status + (errorCode == null ? "" : ":" + errorCode));
        }
    }
}
