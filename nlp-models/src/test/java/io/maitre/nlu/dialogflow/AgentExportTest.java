package io.maitre.nlu.dialogflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maitre.nlu.Intent;
import io.maitre.nlu.MenuVocabulary;
import io.maitre.nlu.MenuVocabularyMother;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AgentExportTest {

    private static final String FIXTURE = "/io/maitre/nlu/dialogflow/intents-fixture.tsv";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> MENU_TYPES = Set.of("item", "size", "style", "topping", "container", "volume");

    @TempDir
    Path dir;

    @Test
    void writesTheZipInTheImportFormatWithValidJsonThroughout() throws IOException {
        Path zip = export();

        assertThat(zip).isEqualTo(dir.resolve("maitre-agent.zip"));
        Map<String, JsonNode> entries = read(zip);
        assertThat(entries).containsKeys("agent.json", "package.json");
        assertThat(entries.get("agent.json").get("language").asString()).isEqualTo("en");
        assertThat(entries.get("agent.json").get("displayName").asString()).isEqualTo("maitre-demo");
        assertThat(entries.get("package.json").get("version").asString()).isEqualTo("1.0.0");
        for (String type : MENU_TYPES) {
            assertThat(entries).containsKeys("entities/" + type + ".json", "entities/" + type + "_entries_en.json");
            assertThat(entries.get("entities/" + type + ".json").get("name").asString()).isEqualTo(type);
        }
        assertThat(entries.keySet()).allSatisfy(name -> assertThat(name)
            .matches("agent\\.json|package\\.json|entities/[a-z_]+(_entries_en)?\\.json"
                + "|intents/[a-z_.]+(_usersays_en)?\\.json"));
    }

    @Test
    void everyIntentWithExamplesBecomesADialogflowIntentNamedByItsId() throws IOException {
        Map<String, JsonNode> entries = read(export());

        for (Intent intent : Intent.values()) {
            JsonNode definition = entries.get("intents/" + intent.id() + ".json");
            assertThat(definition).as(intent.id()).isNotNull();
            assertThat(definition.get("name").asString()).isEqualTo(intent.id());
            assertThat(definition.get("responses").get(0).get("action").asString()).isEqualTo(intent.id());
            assertThat(entries.get("intents/" + intent.id() + "_usersays_en.json")).as(intent.id()).isNotEmpty();
        }
    }

    @Test
    void examplesKeepTheirWordsOnceEach() throws IOException {
        Map<String, JsonNode> entries = read(export());

        assertThat(phrases(entries.get("intents/order.add_usersays_en.json"))).containsExactly(
            "two large pepperoni pizzas and a coke",
            "can I get a small thin crust with extra cheese",
            "um a 2 liter diet coke in a bottle");
        assertThat(phrases(entries.get("intents/greet_usersays_en.json")))
            .containsExactly("hi there", "hello", "hey um good evening");
    }

    @Test
    void menuNamesInExamplesAreAnnotatedWithTheirEntityType() throws IOException {
        Map<String, JsonNode> entries = read(export());
        JsonNode orderAdd = entries.get("intents/order.add_usersays_en.json");

        assertThat(annotations(orderAdd.get(0))).containsExactly(
            "large=@size", "pepperoni=@topping", "pizzas=@item", "coke=@item");
        assertThat(annotations(orderAdd.get(1))).containsExactly(
            "small=@size", "thin crust=@style", "cheese=@topping");
        assertThat(annotations(orderAdd.get(2))).containsExactly(
            "2 liter=@volume", "diet coke=@item", "bottle=@container");
        assertThat(annotations(entries.get("intents/order.reorder_usersays_en.json").get(1)))
            .as("'regular' in 'my regular order' is no size").isEmpty();
    }

    @Test
    void annotatedEntityTypesAreDeclaredAsListParametersOfTheIntent() throws IOException {
        Map<String, JsonNode> entries = read(export());

        JsonNode parameters = entries.get("intents/order.add.json").get("responses").get(0).get("parameters");
        List<String> declared = new ArrayList<>();
        parameters.forEach(p -> {
            assertThat(p.get("dataType").asString()).isEqualTo("@" + p.get("name").asString());
            assertThat(p.get("value").asString()).isEqualTo("$" + p.get("name").asString());
            assertThat(p.get("isList").asBoolean()).isTrue();
            declared.add(p.get("name").asString());
        });
        assertThat(declared).containsExactlyInAnyOrder("size", "topping", "item", "style", "volume", "container");
        assertThat(entries.get("intents/greet.json").get("responses").get(0).get("parameters")).isEmpty();
    }

    @Test
    void entityEntriesAreMenuIdsWithTheMenusNamesAndItemPlurals() throws IOException {
        Map<String, JsonNode> entries = read(export());

        Map<String, List<String>> toppings = entryMap(entries.get("entities/topping_entries_en.json"));
        assertThat(toppings.get("pepperoni")).containsExactly("pepperoni", "pep");
        assertThat(toppings.get("banana_peppers")).containsExactly("banana peppers");
        Map<String, List<String>> items = entryMap(entries.get("entities/item_entries_en.json"));
        assertThat(items.get("coke")).contains("coke", "coca cola", "coca-cola", "cokes");
        assertThat(items.get("pizza")).contains("pizza", "pie", "pizzas", "pies");
        assertThat(items.get("wings")).contains("wings").doesNotContain("wingss");
        Map<String, List<String>> sizes = entryMap(entries.get("entities/size_entries_en.json"));
        assertThat(sizes.get("extra_large")).contains("extra large", "xl");
        assertThat(sizes.keySet()).contains("small", "medium", "large", "6_piece", "12_piece");
    }

    @Test
    void onlyIntentsWithExamplesAreWritten() throws IOException {
        Path zip = AgentExport.export(dir, menu(), new StringReader("# two intents only\ngreet\thello\nthanks\tthanks\n"));

        Set<String> intents = read(zip).keySet().stream()
            .filter(name -> name.startsWith("intents/"))
            .collect(Collectors.toSet());
        assertThat(intents).containsExactlyInAnyOrder("intents/greet.json", "intents/greet_usersays_en.json",
            "intents/thanks.json", "intents/thanks_usersays_en.json");
    }

    @Test
    void malformedCorpusLinesAreNamed() {
        assertThatThrownBy(() -> AgentExport.export(dir, menu(), new StringReader("greet\thi\norder.eat\ta pizza\n")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("line 2")
            .hasMessageContaining("order.eat");
        assertThatThrownBy(() -> AgentExport.export(dir, menu(), new StringReader("greet hi\n")))
            .hasMessageContaining("line 1");
        assertThat(dir.resolve("maitre-agent.zip")).doesNotExist();
    }

    @Test
    void replacesAnEarlierExportAndLeavesNothingElseBehind() throws IOException {
        Path nested = dir.resolve("out/agent");
        AgentExport.export(nested, menu(), new StringReader("greet\thello\n"));

        Path zip = AgentExport.export(nested, menu(), new StringReader("thanks\tthanks\n"));

        assertThat(read(zip)).containsKey("intents/thanks.json").doesNotContainKey("intents/greet.json");
        try (var files = Files.list(nested)) {
            assertThat(files).containsExactly(zip);
        }
    }

    @Test
    void sameCorpusAndMenuGiveTheSameBytes() throws IOException {
        Path first = Files.move(export(), dir.resolve("first.zip"));

        Path second = export();

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void commandLineNeedsExactlyOneFolder() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(AgentExport.run(new String[0], menu(), System.out, errors)).isEqualTo(2);
        assertThat(AgentExport.run(new String[] {"a", "b"}, menu(), System.out, errors)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: export-dialogflow DIR");
    }

    @Test
    void commandLineRefusesAFileForAFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = AgentExport.run(new String[] {file.toString()}, menu(), System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a folder");
    }

    private Path export() throws IOException {
        try (InputStream in = AgentExportTest.class.getResourceAsStream(FIXTURE);
             Reader corpus = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return AgentExport.export(dir, menu(), corpus);
        }
    }

    private static MenuVocabulary menu() {
        return MenuVocabularyMother.demo();
    }

    private static Map<String, JsonNode> read(Path zip) throws IOException {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                try (InputStream in = file.getInputStream(entry)) {
                    entries.put(entry.getName(), JSON.readTree(in));
                }
            }
        }
        return entries;
    }

    private static List<String> phrases(JsonNode usersays) {
        List<String> phrases = new ArrayList<>();
        usersays.forEach(phrase -> {
            StringBuilder text = new StringBuilder();
            phrase.get("data").forEach(chunk -> text.append(chunk.get("text").asString()));
            phrases.add(text.toString());
        });
        return phrases;
    }

    private static List<String> annotations(JsonNode phrase) {
        List<String> annotated = new ArrayList<>();
        phrase.get("data").forEach(chunk -> {
            if (chunk.has("meta")) {
                assertThat(chunk.get("alias").asString()).isEqualTo(chunk.get("meta").asString().substring(1));
                annotated.add(chunk.get("text").asString() + "=" + chunk.get("meta").asString());
            }
        });
        return annotated;
    }

    private static Map<String, List<String>> entryMap(JsonNode entries) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        entries.forEach(entry -> {
            List<String> synonyms = new ArrayList<>();
            entry.get("synonyms").forEach(s -> synonyms.add(s.asString()));
            map.put(entry.get("value").asString(), synonyms);
        });
        return map;
    }
}
