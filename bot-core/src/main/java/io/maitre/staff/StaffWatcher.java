package io.maitre.staff;

import io.maitre.channel.TranscriptEntry;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.ConversationObserver;
import io.maitre.conversation.DialogueState;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Puts every saved turn on the board and tells the consoles: a conversation changed, or, when the bot handed it
 * off in this very turn, a new hand-off (which the console alerts on). A hand-off reopens a conversation staff had
 * closed: someone has to take it again.
 */
@Component
class StaffWatcher implements ConversationObserver {

    private final Board board;
    private final StaffSignals signals;

    StaffWatcher(Board board, StaffSignals signals) {
        this.board = board;
        this.signals = signals;
    }

    @Override
    public void saved(Conversation conversation) {
        board.touch(conversation.key(), conversation.updatedAt());
        if (conversation.state() instanceof DialogueState.OwnedByStaff owned && owned.staffMember() == null
                && handedOffThisTurn(conversation, owned)) {
            board.reopened(conversation.key());
            signals.publish(StaffSignal.handOff(conversation.key(), conversation.outletId(), owned.reason()));
        } else {
            signals.publish(StaffSignal.conversation(conversation.key(), conversation.outletId()));
        }
    }

    /** The hand-off happened after the customer's last message was heard, so in the turn that answered it. */
    private static boolean handedOffThisTurn(Conversation conversation, DialogueState.OwnedByStaff owned) {
        List<TranscriptEntry> transcript = conversation.transcript();
        for (int i = transcript.size() - 1; i >= 0; i--) {
            TranscriptEntry entry = transcript.get(i);
            if ("customer".equals(entry.from())) {
                return owned.since() != null && entry.at() != null && !owned.since().isBefore(entry.at());
            }
        }
        return true;
    }
}
