package io.maitre.staff;

import io.maitre.channel.TranscriptEntry;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.ConversationLock;
import io.maitre.conversation.ConversationProperties;
import io.maitre.conversation.ConversationStore;
import io.maitre.conversation.DialogueState;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuCatalog;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The console's conversation use cases. Each change runs under the conversation's lock, so two members of staff
 * taking over at once are serialized: the first wins and the second is refused with the winner's name.
 */
@Service
public class StaffDesk {

    static final int MAX_TEXT = 2000;
    private static final String STAFF = "staff";
    private static final String BOT = "bot";

    private final ConversationStore store;
    private final ConversationLock lock;
    private final ConversationProperties conversations;
    private final MenuCatalog menus;
    private final Board board;
    private final StaffSignals signals;
    private final CustomerChannel customers;
    private final AuditLog audit;
    private final Notes notes;
    private final StaffProperties properties;
    private final Clock clock;

    StaffDesk(ConversationStore store, ConversationLock lock, ConversationProperties conversations, MenuCatalog menus,
            Board board, StaffSignals signals, CustomerChannel customers, AuditLog audit, Notes notes,
            StaffProperties properties, Clock clock) {
        this.store = store;
        this.lock = lock;
        this.conversations = conversations;
        this.menus = menus;
        this.board = board;
        this.signals = signals;
        this.customers = customers;
        this.audit = audit;
        this.notes = notes;
        this.properties = properties;
        this.clock = clock;
    }

    /** The live conversations the member serves: handed off first (longest waiting first), then the most recent. */
    public List<ConversationSummary> live(StaffMember member) {
        Instant now = clock.instant();
        List<ConversationSummary> rows = new ArrayList<>();
        for (String key : board.since(now.minus(conversations.idleTimeout()))) {
            store.load(key).filter(c -> member.serves(c.outletId())).ifPresent(c -> rows.add(summary(c, now)));
        }
        rows.sort(Comparator.comparing((ConversationSummary s) -> !s.handedOff())
                .thenComparing(s -> s.handedOff() ? -s.waitingSeconds() : 0)
                .thenComparing(ConversationSummary::updatedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return rows;
    }

    /** One conversation in full: its row, transcript, the staff's private notes and the outlet's canned replies. */
    public ConversationDetail detail(StaffMember member, String key) {
        Conversation c = load(member, key);
        Menu menu = menu(c);
        List<CartLineRow> lines = io.maitre.cart.CartPricing.price(c.cart(), menu).lines().stream()
                .map(l -> new CartLineRow(l.line().id().value(), ConversationSummary.line(l))).toList();
        return new ConversationDetail(summary(c, clock.instant()), c.transcript(), notes.of(key),
                properties.cannedReplies(c.outletId()), lines);
    }

    /**
     * The member takes the conversation over, from the bot or from a hand-off nobody took yet.
     *
     * @throws StaffActionRefused when another member already owns it
     */
    public ConversationSummary takeOver(StaffMember member, String key) {
        ConversationSummary summary = lock.withLock(key, () -> {
            Conversation c = load(member, key);
            Instant now = clock.instant();
            if (c.state() instanceof DialogueState.OwnedByStaff owned && owned.staffMember() != null) {
                if (owned.staffMember().equals(member.username())) {
                    return summary(c, now);
                }
                throw StaffActionRefused.taken(owned.staffMember());
            }
            boolean waitingForStaff = c.escalated();
            c.escalate("taken over by " + member.username(), now);
            DialogueState.OwnedByStaff owned = (DialogueState.OwnedByStaff) c.state();
            c.moveTo(new DialogueState.OwnedByStaff(owned.reason(), owned.since(), member.username(), owned.resume()),
                    true);
            String hello = "You're now talking with " + member.username() + " from our team.";
            c.staffSaid(hello, now, conversations.transcriptLimit());
            store.save(c);
            board.reopened(key);
            board.touch(key, now);
            customers.send(c, STAFF, hello);
            audit.record(new AuditLog.Entry(now, member.username(), AuditLog.Action.TAKE_OVER, key,
                    waitingForStaff ? owned.reason() : "from the bot"));
            return summary(c, now);
        });
        changed(summary);
        return summary;
    }

    /**
     * Sends the member's text to the customer's channel.
     *
     * @throws StaffActionRefused when the conversation was closed, or someone else or the bot owns it
     */
    public ConversationSummary reply(StaffMember member, String key, String text) {
        String body = text(text);
        ConversationSummary summary = lock.withLock(key, () -> {
            Conversation c = load(member, key);
            requireOwner(member, c);
            Instant now = clock.instant();
            c.staffSaid(body, now, conversations.transcriptLimit());
            store.save(c);
            board.touch(key, now);
            customers.send(c, STAFF, body);
            audit.record(new AuditLog.Entry(now, member.username(), AuditLog.Action.REPLY, key, body));
            return summary(c, now);
        });
        changed(summary);
        return summary;
    }

    /** Gives the conversation back to the bot, which resumes where it was, cart intact, and says so. */
    public ConversationSummary handBack(StaffMember member, String key) {
        ConversationSummary summary = lock.withLock(key, () -> {
            Conversation c = load(member, key);
            requireOwner(member, c);
            Instant now = clock.instant();
            c.handBack();
            Menu menu = menu(c);
            String back = BackAgain.say(c, menu);
            c.said(List.of(io.maitre.channel.BotMessage.say(back)), now, conversations.transcriptLimit());
            store.save(c);
            board.touch(key, now);
            customers.send(c, BOT, back);
            audit.record(new AuditLog.Entry(now, member.username(), AuditLog.Action.HAND_BACK, key, null));
            return summary(c, now);
        });
        changed(summary);
        return summary;
    }

    /**
     * Ends the conversation: the customer is told, the order being built is dropped, and later replies from staff
     * are refused. Should the customer write again, the bot answers them afresh.
     */
    public ConversationSummary close(StaffMember member, String key) {
        ConversationSummary summary = lock.withLock(key, () -> {
            Conversation c = load(member, key);
            if (c.state() instanceof DialogueState.OwnedByStaff owned && owned.staffMember() != null
                    && !owned.staffMember().equals(member.username()) && member.role() != Role.ADMIN) {
                throw StaffActionRefused.notOwner(owned.staffMember());
            }
            Instant now = clock.instant();
            c.handBack();
            c.startOver();
            c.moveTo(new DialogueState.Idle(), true);
            String bye = "Thanks for chatting with us. This conversation is now closed; write again any time to "
                    + "start a new order.";
            c.staffSaid(bye, now, conversations.transcriptLimit());
            store.save(c);
            Board.Closure closure = new Board.Closure(member.username(), now);
            board.closed(key, closure);
            board.touch(key, now);
            customers.send(c, STAFF, bye);
            audit.record(new AuditLog.Entry(now, member.username(), AuditLog.Action.CLOSE, key, null));
            return summary(c, now);
        });
        changed(summary);
        return summary;
    }

    /** Keeps a private note on the conversation; the customer never sees it. */
    public List<Notes.Note> note(StaffMember member, String key, String text) {
        String body = text(text);
        Conversation c = load(member, key);
        Instant now = clock.instant();
        notes.add(new Notes.Note(key, member.username(), body, now));
        audit.record(new AuditLog.Entry(now, member.username(), AuditLog.Action.NOTE, key, body));
        signals.publish(StaffSignal.conversation(key, c.outletId()));
        return notes.of(key);
    }

    private void requireOwner(StaffMember member, Conversation c) {
        Optional<Board.Closure> closure = board.closure(c.key());
        if (closure.isPresent() && !c.escalated()) {
            throw StaffActionRefused.closed(closure.get());
        }
        if (!(c.state() instanceof DialogueState.OwnedByStaff owned) || owned.staffMember() == null) {
            throw StaffActionRefused.notOwned();
        }
        if (!owned.staffMember().equals(member.username())) {
            throw StaffActionRefused.notOwner(owned.staffMember());
        }
    }

    private Conversation load(StaffMember member, String key) {
        Conversation c = store.load(key).orElseThrow(() -> new ConversationGone(key));
        if (!member.serves(c.outletId())) {
            throw new OutletNotServed(c.outletId());
        }
        return c;
    }

    private Menu menu(Conversation c) {
        return menus.menu(c.outletId()).orElseThrow(() -> new ConversationGone(c.key()));
    }

    private ConversationSummary summary(Conversation c, Instant now) {
        return ConversationSummary.of(c, menu(c), board.closure(c.key()).orElse(null), now);
    }

    private void changed(ConversationSummary summary) {
        signals.publish(StaffSignal.conversation(summary.key(), summary.outletId()));
    }

    private static String text(String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new InvalidStaffInput("Write something first.");
        }
        if (body.length() > MAX_TEXT) {
            throw new InvalidStaffInput("Keep it under " + MAX_TEXT + " characters.");
        }
        return body;
    }

    /**
     * A conversation in full for the console.
     *
     * @param transcript customer, bot and staff lines, oldest first
     */
    public record ConversationDetail(ConversationSummary summary, List<TranscriptEntry> transcript,
            List<Notes.Note> notes, List<String> cannedReplies, List<CartLineRow> lines) {
    }

    /** One cart line as the console shows it, with the id to remove it by. */
    public record CartLineRow(String lineId, String text) {
    }

    /** The outlets the member serves, for the console's stock section. */
    public List<String> outlets(StaffMember member) {
        return menus.menus().stream().map(m -> m.outletId().value()).filter(member::serves).sorted().toList();
    }
}
