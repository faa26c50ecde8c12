package io.maitre.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maitre.cart.CartEditor;
import io.maitre.cart.ItemSelection;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.TranscriptEntry;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.ConversationCodec;
import io.maitre.conversation.ConversationLock;
import io.maitre.conversation.ConversationProperties;
import io.maitre.conversation.ConversationStore;
import io.maitre.conversation.DialogueState;
import io.maitre.menu.MenuCatalog;
import io.maitre.menu.yaml.YamlMenuCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The ownership rules of the console's use cases, on in-memory stand-ins for the store and the outside world. */
class StaffDeskTest {

    private static final MenuCatalog MENUS = YamlMenuCatalog.fromClasspath();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T18:00:00Z"), ZoneOffset.UTC);
    private static final StaffMember ANA = new StaffMember("ana", Role.STAFF, true, List.of());
    private static final StaffMember BEN = new StaffMember("ben", Role.STAFF, true, List.of());
    private static final StaffMember BURGERS_ONLY = new StaffMember("cleo", Role.STAFF, true, List.of("burger"));

    private final ConversationCodec codec = new ConversationCodec(JsonMapper.builder().findAndAddModules().build());
    private final Map<String, String> stored = new HashMap<>();
    private final List<String> toCustomer = new ArrayList<>();
    private final List<AuditLog.Entry> audited = new ArrayList<>();
    private final List<StaffSignal> signals = new ArrayList<>();
    private StaffDesk desk;
    private InMemoryBoard board;
    private final String key = "web:abc";

    @BeforeEach
    void setUp() {
        ConversationProperties properties = new ConversationProperties("memory", Duration.ofMinutes(30),
                Duration.ofSeconds(1), Duration.ofSeconds(30), 200, 10_000);
        ConversationStore store = new ConversationStore() {
            @Override
            public Optional<Conversation> load(String k) {
                return Optional.ofNullable(stored.get(k)).map(codec::read);
            }

            @Override
            public void save(Conversation conversation) {
                stored.put(conversation.key(), codec.write(conversation));
            }
        };
        ConversationLock lock = new ConversationLock() {
            @Override
            public synchronized <T> T withLock(String k, Supplier<T> work) {
                return work.get();
            }
        };
        Notes notes = new Notes() {
            private final List<Note> all = new ArrayList<>();

            @Override
            public void add(Note note) {
                all.add(note);
            }

            @Override
            public List<Note> of(String k) {
                return all.stream().filter(n -> n.conversationKey().equals(k)).toList();
            }
        };
        AuditLog audit = new AuditLog() {
            @Override
            public void record(Entry entry) {
                audited.add(entry);
            }

            @Override
            public List<Entry> latest(int limit) {
                return audited;
            }
        };
        board = new InMemoryBoard(properties, CLOCK);
        desk = new StaffDesk(store, lock, properties, MENUS, board, signals::add,
                (c, from, text) -> toCustomer.add(from + ": " + text), audit, notes,
                new StaffProperties(null, Map.of("default", List.of("One moment please.")), List.of()), CLOCK);

        Conversation c = Conversation.start(ConversationRef.ofKey(key), "demo", "en", CLOCK.instant());
        c.cart(new CartEditor(MENUS.menu("demo").orElseThrow()).add(c.cart(), ItemSelection.of("coke")));
        c.moveTo(new DialogueState.AwaitingMoreItems(), true);
        c.heard("i want to talk to a real person", CLOCK.instant(), 200);
        c.escalate("the customer asked for a person", CLOCK.instant());
        store.save(c);
        board.touch(key, CLOCK.instant());
    }

    @Test
    void theFirstToTakeOverWinsAndTheSecondIsToldWho() {
        assertThat(desk.takeOver(ANA, key).owner()).isEqualTo("ana");

        assertThatThrownBy(() -> desk.takeOver(BEN, key)).isInstanceOf(StaffActionRefused.class)
                .hasMessageContaining("ana already took over")
                .satisfies(e -> assertThat(((StaffActionRefused) e).reason()).isEqualTo("taken"));
        assertThat(desk.detail(ANA, key).summary().owner()).isEqualTo("ana");
        assertThat(audited).extracting(AuditLog.Entry::action).containsExactly(AuditLog.Action.TAKE_OVER);
    }

    @Test
    void aReplyGoesToTheCustomerAndTheTranscriptOnlyFromTheOwner() {
        desk.takeOver(ANA, key);
        desk.reply(ANA, key, "Sorry for the wait!");

        assertThat(toCustomer).last().isEqualTo("staff: Sorry for the wait!");
        assertThat(desk.detail(ANA, key).transcript()).extracting(TranscriptEntry::from, TranscriptEntry::text)
                .contains(org.assertj.core.groups.Tuple.tuple("staff", "Sorry for the wait!"));
        assertThatThrownBy(() -> desk.reply(BEN, key, "hi")).isInstanceOf(StaffActionRefused.class)
                .hasMessageContaining("ana owns this conversation");
    }

    @Test
    void handingBackResumesTheBotWhereItWasWithTheCartIntact() {
        desk.takeOver(ANA, key);
        ConversationSummary back = desk.handBack(ANA, key);

        assertThat(back.owner()).isEqualTo("bot");
        assertThat(back.state()).isEqualTo("awaiting_more_items");
        assertThat(back.cart()).singleElement().asString().containsIgnoringCase("coke");
        assertThat(toCustomer).last().asString().startsWith("bot: I'm back").containsIgnoringCase("coke")
                .endsWith("Anything else?");
        assertThatThrownBy(() -> desk.reply(ANA, key, "still there?")).isInstanceOf(StaffActionRefused.class)
                .hasMessageContaining("Take this conversation over first");
    }

    @Test
    void aReplyToAClosedConversationIsRefusedClearly() {
        desk.takeOver(ANA, key);
        desk.close(ANA, key);

        assertThatThrownBy(() -> desk.reply(ANA, key, "one more thing")).isInstanceOf(StaffActionRefused.class)
                .hasMessageContaining("closed by ana")
                .satisfies(e -> assertThat(((StaffActionRefused) e).reason()).isEqualTo("closed"));
        assertThat(toCustomer).last().asString().contains("now closed");
    }

    @Test
    void twoMembersTakingOverAtTheSameMomentAreSerializedAndOnlyOneWins() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (StaffMember member : List.of(ANA, BEN)) {
                outcomes.add(both.submit(() -> {
                    start.await();
                    try {
                        return desk.takeOver(member, key).owner();
                    } catch (StaffActionRefused refused) {
                        return refused.reason() + ": " + refused.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(10, TimeUnit.SECONDS));
            }

            String winner = desk.detail(ANA, key).summary().owner();
            assertThat(winner).isIn("ana", "ben");
            assertThat(results).containsExactlyInAnyOrder(winner,
                    "taken: " + winner + " already took over this conversation.");
            assertThat(toCustomer).containsExactly("staff: You're now talking with " + winner + " from our team.");
            assertThat(audited).singleElement().satisfies(e -> assertThat(e.username()).isEqualTo(winner));
        } finally {
            both.shutdownNow();
        }
    }

    @Test
    void aClosedConversationThatIsHandedOffAgainIsOpenAgainForStaff() {
        desk.takeOver(ANA, key);
        desk.close(ANA, key);
        assertThat(desk.live(ANA)).singleElement().satisfies(row -> assertThat(row.closedBy()).isEqualTo("ana"));

        Conversation again = codecRead();
        Instant later = CLOCK.instant().plusSeconds(60);
        again.heard("it's me again, my pizza never came", later, 200);
        again.escalate("a complaint", later);
        stored.put(key, codec.write(again));
        new StaffWatcher(board, signals::add).saved(again);

        assertThat(signals).last().satisfies(s -> assertThat(s.kind()).isEqualTo(StaffSignal.HAND_OFF));
        assertThat(desk.live(ANA)).singleElement().satisfies(row -> {
            assertThat(row.closedBy()).isNull();
            assertThat(row.handedOff()).isTrue();
            assertThat(row.reason()).isEqualTo("a complaint");
        });
        assertThatThrownBy(() -> desk.reply(ANA, key, "hello")).isInstanceOf(StaffActionRefused.class)
                .satisfies(e -> assertThat(((StaffActionRefused) e).reason()).isEqualTo("not_owned"));
        assertThat(desk.takeOver(BEN, key).owner()).isEqualTo("ben");
    }

    @Test
    void aConversationThatExpiresWhileStaffOwnItEndsForEveryoneAlike() {
        desk.takeOver(ANA, key);
        desk.reply(ANA, key, "Let me check with the kitchen.");

        stored.clear();

        assertThat(desk.live(ANA)).as("it leaves the console's list").isEmpty();
        for (Runnable action : List.<Runnable>of(() -> desk.reply(ANA, key, "Still there?"),
                () -> desk.handBack(ANA, key), () -> desk.close(ANA, key), () -> desk.takeOver(BEN, key),
                () -> desk.note(ANA, key, "customer left"), () -> desk.detail(ANA, key))) {
            assertThatThrownBy(action::run).isInstanceOf(ConversationGone.class)
                    .hasMessage("Conversation " + key + " has ended or expired.");
        }
        assertThat(toCustomer).as("nothing more reaches the customer").hasSize(2);
        assertThat(stored).as("nothing brings it back").isEmpty();
    }

    @Test
    void anExpiredConversationIsGoneAndStaffOutsideItsOutletCannotSeeIt() {
        assertThatThrownBy(() -> desk.takeOver(BURGERS_ONLY, key)).isInstanceOf(OutletNotServed.class);
        assertThat(desk.live(BURGERS_ONLY)).isEmpty();
        assertThat(desk.live(ANA)).singleElement().satisfies(row -> {
            assertThat(row.handedOff()).isTrue();
            assertThat(row.owner()).isNull();
            assertThat(row.reason()).isEqualTo("the customer asked for a person");
        });

        stored.clear();
        assertThatThrownBy(() -> desk.reply(ANA, key, "hello?")).isInstanceOf(ConversationGone.class);
    }

    private Conversation codecRead() {
        return codec.read(stored.get(key));
    }

    @Test
    void emptyAndOverlongRepliesAreRefusedWithoutTouchingTheConversation() {
        desk.takeOver(ANA, key);
        String before = stored.get(key);

        assertThatThrownBy(() -> desk.reply(ANA, key, "  ")).isInstanceOf(InvalidStaffInput.class);
        assertThatThrownBy(() -> desk.reply(ANA, key, "x".repeat(2001))).isInstanceOf(InvalidStaffInput.class);
        assertThat(stored.get(key)).isEqualTo(before);
    }
}
