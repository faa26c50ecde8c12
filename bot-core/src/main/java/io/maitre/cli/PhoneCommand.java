package io.maitre.cli;

import io.maitre.channel.twilio.TwilioSignature;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code ./maitre sms} and {@code ./maitre call}: play a texter or a caller against a running service from this
 * terminal, through the same signed webhooks Twilio sends (docs/twilio.md), and show the TwiML answers as a phone would
 * show or say them.
 */
public final class PhoneCommand {

    static final String USAGE = """
            Usage: ./maitre sms|call [--url http://localhost:8080] [--public-url URL] [--token TOKEN]
                                     [--from +15550000000] [--to +12125550142] [--confidence 0.9]
              --url         where the service listens
              --public-url  the URL the service checks signatures against (its maitre.twilio.public-base-url);
                            default: --url
              --token       the service's auth token; default: $MAITRE_TWILIO_AUTH_TOKEN
              --from        your number (default: a random +1555 number); --to: the outlet's Twilio number
            sms: each line you type is one text. call: each line is what you say; a line of keys (1, 0, #)
            presses them; an empty line is silence; /hangup ends the call.""";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;
    private final String publicUrl;
    private final String token;
    private final String from;
    private final String to;
    private final String confidence;
    private final PrintStream out;
    private final SecureRandom random = new SecureRandom();

    PhoneCommand(Map<String, String> options, PrintStream out) {
        this.url = strip(options.getOrDefault("url", "http://localhost:8080"));
        this.publicUrl = strip(options.getOrDefault("public-url", url));
        this.token = options.getOrDefault("token", System.getenv("MAITRE_TWILIO_AUTH_TOKEN"));
        this.from = options.getOrDefault("from", String.format("+1555%07d", random.nextInt(10_000_000)));
        this.to = options.getOrDefault("to", "+12125550142");
        this.confidence = options.getOrDefault("confidence", "0.9");
        this.out = out;
    }

    /** Runs {@code sms} or {@code call}; returns the exit status. */
    public static int run(String command, String[] args, InputStream in, PrintStream out, PrintStream err)
            throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                err.println(USAGE);
                return 2;
            }
            options.put(args[i].substring(2), args[++i]);
        }
        PhoneCommand phone = new PhoneCommand(options, out);
        if (phone.token == null || phone.token.isBlank()) {
            err.println("maitre: give the service's auth token with --token or MAITRE_TWILIO_AUTH_TOKEN");
            return 2;
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return command.equals("call") ? phone.call(lines) : phone.sms(lines);
    }

    int sms(BufferedReader lines) throws Exception {
        out.println("Texting " + to + " from " + from + ". Type a message; end with Ctrl-D.");
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("From", from);
            params.put("To", to);
            params.put("Body", line);
            params.put("MessageSid", "SM" + id());
            params.put("NumMedia", "0");
            Document twiml = post("/twilio/sms", params);
            if (twiml == null) {
                return 1;
            }
            for (String text : texts(twiml, "Message")) {
                out.println("< " + text.replace("\n", "\n  "));
            }
        }
        return 0;
    }

    int call(BufferedReader lines) throws Exception {
        String callSid = "CA" + id();
        out.println("Calling " + to + " from " + from + ". Say something; an empty line is silence.");
        Document twiml = post("/twilio/voice", callParams(callSid));
        while (twiml != null && show(twiml)) {
            String line = lines.readLine();
            if (line == null || line.equals("/hangup")) {
                out.println("[you hung up]");
                return 0;
            }
            Map<String, String> params = callParams(callSid);
            if (line.matches("[0-9#*]+")) {
                params.put("Digits", line);
            } else if (!line.isBlank()) {
                params.put("SpeechResult", line);
                params.put("Confidence", confidence);
            }
            twiml = post("/twilio/voice/gather", params);
        }
        return twiml == null ? 1 : 0;
    }

    /** Prints what the caller hears; false once the call is over. */
    private boolean show(Document twiml) {
        boolean listening = false;
        NodeList verbs = twiml.getDocumentElement().getChildNodes();
        for (int i = 0; i < verbs.getLength(); i++) {
            if (!(verbs.item(i) instanceof Element verb)) {
                continue;
            }
            switch (verb.getTagName()) {
                case "Say" -> out.println("< " + verb.getTextContent());
                case "Gather" -> {
                    texts(verb, "Say").forEach(s -> out.println("< " + s));
                    listening = true;
                }
                case "Dial" -> {
                    out.println("[transferred to " + verb.getTextContent().strip() + "]");
                    return false;
                }
                case "Hangup" -> {
                    out.println("[the restaurant hung up]");
                    return false;
                }
                default -> out.println("[" + verb.getTagName() + "]");
            }
        }
        return listening;
    }

    private Map<String, String> callParams(String callSid) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("CallSid", callSid);
        params.put("From", from);
        params.put("To", to);
        params.put("CallStatus", "in-progress");
        return params;
    }

    private Document post(String path, Map<String, String> params) throws IOException, InterruptedException {
        String form = params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(TwilioSignature.HEADER, TwilioSignature.sign(token, publicUrl + path, params))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            out.println("[" + response.statusCode() + "] " + new String(response.body(), StandardCharsets.UTF_8));
            return null;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
        } catch (Exception e) {
            out.println("[not TwiML] " + new String(response.body(), StandardCharsets.UTF_8));
            return null;
        }
    }

    private static List<String> texts(Node root, String tag) {
        NodeList nodes = root instanceof Document d ? d.getElementsByTagName(tag)
                : ((Element) root).getElementsByTagName(tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private String id() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
