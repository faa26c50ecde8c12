package io.maitre.nlu.dialogflow;

import io.maitre.nlu.Intent;
import io.maitre.nlu.MenuVocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Dialogflow ES agent, in the zip format of the console's Export and Import (agent.json, package.json,
 * {@code intents/<intent>.json} with {@code intents/<intent>_usersays_en.json}, {@code entities/<type>.json} with
 * {@code entities/<type>_entries_en.json}), made from the same intent corpus as the local classifier and from an
 * outlet's menu: a restaurant imports it into its own agent. Intent names are our intent ids, so
 * {@link DialogflowIntents} maps the agent's answers back; menu names in the examples are annotated with the menu
 * entity types.
 */
public final class AgentExport {

    /** The name of the zip written into the target folder. */
    public static final String FILE_NAME = "maitre-agent.zip";
    /** The intent corpus on the classpath. */
    public static final String CORPUS = "/io/maitre/nlu/corpus/intents.tsv";

    private static final String LANGUAGE = "en";
    /** Fixed entry times, so that the same corpus and menu give the same bytes. */
    private static final long ENTRY_TIME = 946_684_800_000L;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private AgentExport() {
    }

    /**
     * {@code export-dialogflow DIR}: writes {@code DIR/maitre-agent.zip} from the classpath corpus and the given
     * menu, and prints its path.
     *
     * @return the exit status: 0 written, 1 failed, 2 wrong arguments
     */
    public static int run(String[] args, MenuVocabulary vocabulary, PrintStream out, PrintStream err) {
        if (args.length != 1 || args[0].isBlank()) {
            err.println("usage: export-dialogflow DIR   (writes DIR/" + FILE_NAME + ")");
            return 2;
        }
        Path dir = Path.of(args[0]);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            err.println("export-dialogflow: " + dir + " is not a folder");
            return 1;
        }
        try {
            out.println(export(dir, vocabulary));
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("export-dialogflow: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Writes {@code dir/maitre-agent.zip} from the intent corpus on the classpath ({@value #CORPUS}).
     *
     * @return the zip written
     */
    public static Path export(Path dir, MenuVocabulary vocabulary) throws IOException {
        InputStream corpus = AgentExport.class.getResourceAsStream(CORPUS);
        if (corpus == null) {
            throw new IOException("the intent corpus " + CORPUS + " is not on the classpath");
        }
        try (Reader reader = new InputStreamReader(corpus, StandardCharsets.UTF_8)) {
            return export(dir, vocabulary, reader);
        }
    }

    /**
     * Writes {@code dir/maitre-agent.zip}, creating the folder and replacing an earlier export.
     *
     * @param corpus lines of {@code intent<TAB>text}; {@code #} starts a comment line
     * @return the zip written
     * @throws IllegalArgumentException when a corpus line is malformed or names an unknown intent
     */
    public static Path export(Path dir, MenuVocabulary vocabulary, Reader corpus) throws IOException {
        Map<Intent, List<String>> examples = IntentCorpus.read(corpus);
        MenuEntities entities = MenuEntities.of(vocabulary);
        Files.createDirectories(dir);
        Path zip = dir.resolve(FILE_NAME);
        Path partial = Files.createTempFile(dir, FILE_NAME, ".partial");
        try {
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
                write(out, "agent.json", agent(vocabulary.outletId()));
                write(out, "package.json", JSON.createObjectNode().put("version", "1.0.0"));
                for (MenuEntities.EntityType type : entities.types()) {
                    write(out, "entities/" + type.name() + ".json", entityType(type));
                    write(out, "entities/" + type.name() + "_entries_" + LANGUAGE + ".json", entries(type));
                }
                for (Map.Entry<Intent, List<String>> intent : examples.entrySet()) {
                    String name = intent.getKey().id();
                    List<List<MenuEntities.Chunk>> phrases =
                        intent.getValue().stream().map(entities::annotate).toList();
                    write(out, "intents/" + name + ".json", intent(name, phrases));
                    write(out, "intents/" + name + "_usersays_" + LANGUAGE + ".json", usersays(name, phrases));
                }
            }
            Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return zip;
    }

    private static void write(ZipOutputStream zip, String name, Object json) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(JSON.writeValueAsBytes(json));
        zip.closeEntry();
    }

    private static ObjectNode agent(String outletId) {
        ObjectNode agent = JSON.createObjectNode();
        agent.put("description", "Maitre ordering agent for outlet " + outletId
            + ": intent names are Maitre intent ids, entity types are Maitre menu entity types.");
        agent.put("language", LANGUAGE);
        agent.put("shortDescription", "");
        agent.put("examples", "");
        agent.put("linkToDocs", "");
        agent.put("displayName", "maitre-" + outletId);
        agent.put("disableInteractionLogs", false);
        agent.put("disableStackdriverLogs", true);
        // Maitre resolves times itself, in the outlet's zone: Dialogflow's date parameters are never read
        agent.put("defaultTimezone", "America/New_York");
        agent.put("isPrivate", true);
        agent.put("mlMinConfidence", 0.3);
        agent.putArray("supportedLanguages");
        agent.put("enableOnePlatformApi", true);
        agent.put("onePlatformApiVersion", "v2");
        agent.put("analyzeQueryTextSentiment", false);
        agent.putArray("enabledKnowledgeBaseNames");
        agent.put("knowledgeServiceConfidenceAdjustment", 0.0);
        agent.put("dialogBuilderMode", false);
        agent.put("baseActionPackagesUrl", "");
        agent.put("enableSpellCorrection", true);
        return agent;
    }

    private static ObjectNode entityType(MenuEntities.EntityType type) {
        ObjectNode entity = JSON.createObjectNode();
        entity.put("id", id("entity", type.name()));
        entity.put("name", type.name());
        entity.put("isOverridable", true);
        entity.put("isEnum", false);
        entity.put("isRegexp", false);
        entity.put("automatedExpansion", false);
        entity.put("allowFuzzyExtraction", true);
        return entity;
    }

    private static ArrayNode entries(MenuEntities.EntityType type) {
        ArrayNode entries = JSON.createArrayNode();
        type.entries().forEach((value, synonyms) -> {
            ObjectNode entry = entries.addObject();
            entry.put("value", value);
            ArrayNode names = entry.putArray("synonyms");
            synonyms.forEach(names::add);
        });
        return entries;
    }

    private static ObjectNode intent(String name, List<List<MenuEntities.Chunk>> phrases) {
        Set<String> parameters = new LinkedHashSet<>();
        phrases.forEach(chunks -> chunks.stream()
            .filter(MenuEntities.Chunk::annotated)
            .forEach(chunk -> parameters.add(chunk.entity())));

        ObjectNode intent = JSON.createObjectNode();
        intent.put("id", id("intent", name));
        intent.put("name", name);
        intent.put("auto", true);
        intent.putArray("contexts");
        ObjectNode response = intent.putArray("responses").addObject();
        response.put("resetContexts", false);
        response.put("action", name);
        response.putArray("affectedContexts");
        ArrayNode declared = response.putArray("parameters");
        for (String parameter : parameters) {
            ObjectNode declaration = declared.addObject();
            declaration.put("id", id("parameter", name + "/" + parameter));
            declaration.put("name", parameter);
            declaration.put("required", false);
            declaration.put("dataType", "@" + parameter);
            declaration.put("value", "$" + parameter);
            declaration.put("defaultValue", "");
            declaration.put("isList", true);
            declaration.putArray("prompts");
            declaration.putArray("promptMessages");
            declaration.putArray("noMatchPromptMessages");
            declaration.putArray("noInputPromptMessages");
            declaration.putArray("outputDialogContexts");
        }
        ObjectNode message = response.putArray("messages").addObject();
        message.put("type", "0");
        message.put("title", "");
        message.put("textToSpeech", "");
        message.put("lang", LANGUAGE);
        message.putArray("speech");
        message.put("condition", "");
        response.putArray("speech");
        intent.put("priority", 500000);
        intent.put("webhookUsed", false);
        intent.put("webhookForSlotFilling", false);
        intent.put("fallbackIntent", false);
        intent.putArray("events");
        intent.putArray("conditionalResponses");
        intent.put("condition", "");
        intent.putArray("conditionalFollowupEvents");
        return intent;
    }

    private static ArrayNode usersays(String name, List<List<MenuEntities.Chunk>> phrases) {
        ArrayNode usersays = JSON.createArrayNode();
        for (int i = 0; i < phrases.size(); i++) {
            ObjectNode phrase = usersays.addObject();
            phrase.put("id", id("usersays", name + "/" + i));
            ArrayNode data = phrase.putArray("data");
            for (MenuEntities.Chunk chunk : phrases.get(i)) {
                ObjectNode part = data.addObject();
                part.put("text", chunk.text());
                if (chunk.annotated()) {
                    part.put("meta", "@" + chunk.entity());
                    part.put("alias", chunk.entity());
                }
                part.put("userDefined", chunk.annotated());
            }
            phrase.put("isTemplate", false);
            phrase.put("count", 0);
            phrase.put("lang", LANGUAGE);
            phrase.put("updated", 0);
        }
        return usersays;
    }

    /** Ids derived from names, so that the same corpus and menu give the same zip. */
    private static String id(String kind, String name) {
        return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
