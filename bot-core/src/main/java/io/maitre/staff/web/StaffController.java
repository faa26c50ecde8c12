package io.maitre.staff.web;

import io.maitre.staff.ConversationSummary;
import io.maitre.staff.Notes;
import io.maitre.staff.StaffCart;
import io.maitre.staff.StaffDesk;
import io.maitre.staff.StaffMember;
import java.util.List;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/** The console page and its conversation API under {@code /staff/api/conversations}. */
@Controller
class StaffController {

    private final StaffDesk desk;
    private final StaffCart cart;
    private final SignedIn signedIn;

    StaffController(StaffDesk desk, StaffCart cart, SignedIn signedIn) {
        this.desk = desk;
        this.cart = cart;
        this.signedIn = signedIn;
    }

    @GetMapping({"/staff", "/staff/"})
    String page() {
        return "forward:/staff/index.html";
    }

    /** Who is signed in, and the CSRF token the console sends back on every change. */
    @GetMapping("/staff/api/me")
    @ResponseBody
    Me me(CsrfToken csrf) {
        StaffMember member = signedIn.member();
        return new Me(member.username(), member.role().name(), member.outlets(), csrf.getHeaderName(),
                csrf.getToken());
    }

    @GetMapping("/staff/api/outlets")
    @ResponseBody
    List<String> outlets() {
        return desk.outlets(signedIn.member());
    }

    @GetMapping("/staff/api/conversations")
    @ResponseBody
    List<ConversationSummary> conversations() {
        return desk.live(signedIn.member());
    }

    @GetMapping("/staff/api/conversations/{key}")
    @ResponseBody
    StaffDesk.ConversationDetail conversation(@PathVariable String key) {
        return desk.detail(signedIn.member(), key);
    }

    @PostMapping("/staff/api/conversations/{key}/take-over")
    @ResponseBody
    ConversationSummary takeOver(@PathVariable String key) {
        return desk.takeOver(signedIn.member(), key);
    }

    @PostMapping("/staff/api/conversations/{key}/reply")
    @ResponseBody
    ConversationSummary reply(@PathVariable String key, @RequestBody Text body) {
        return desk.reply(signedIn.member(), key, body.text());
    }

    @PostMapping("/staff/api/conversations/{key}/hand-back")
    @ResponseBody
    ConversationSummary handBack(@PathVariable String key) {
        return desk.handBack(signedIn.member(), key);
    }

    @PostMapping("/staff/api/conversations/{key}/close")
    @ResponseBody
    ConversationSummary close(@PathVariable String key) {
        return desk.close(signedIn.member(), key);
    }

    @PostMapping("/staff/api/conversations/{key}/notes")
    @ResponseBody
    List<Notes.Note> note(@PathVariable String key, @RequestBody Text body) {
        return desk.note(signedIn.member(), key, body.text());
    }

    @PostMapping("/staff/api/conversations/{key}/cart/lines")
    @ResponseBody
    StaffDesk.ConversationDetail addLine(@PathVariable String key, @RequestBody NewLine line) {
        cart.add(signedIn.member(), key, line.itemId(), line.quantity() == null ? 1 : line.quantity(), line.options());
        return desk.detail(signedIn.member(), key);
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/staff/api/conversations/{key}/cart/lines/{lineId}")
    @ResponseBody
    StaffDesk.ConversationDetail removeLine(@PathVariable String key, @PathVariable String lineId) {
        cart.remove(signedIn.member(), key, lineId);
        return desk.detail(signedIn.member(), key);
    }

    @PostMapping("/staff/api/conversations/{key}/order")
    @ResponseBody
    StaffDesk.ConversationDetail placeOrder(@PathVariable String key, @RequestBody StaffCart.PlaceRequest request) {
        cart.place(signedIn.member(), key, request);
        return desk.detail(signedIn.member(), key);
    }

    /** A line staff add: the item, how many, and options as {@code group:id}. */
    record NewLine(String itemId, Integer quantity, List<String> options) {
    }

    /** A reply's or a note's text. */
    record Text(String text) {
    }

    /** The signed-in member, for the console's header. */
    record Me(String username, String role, List<String> outlets, String csrfHeader, String csrfToken) {
    }
}
