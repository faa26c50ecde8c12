package io.maitre.order;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Keeps an order line's options as a JSON array: they are only ever read with their line. */
@Converter
class LineOptionsConverter implements AttributeConverter<List<LineOption>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<LineOption>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<LineOption> options) {
        return JSON.writeValueAsString(options == null ? List.of() : options);
    }

    @Override
    public List<LineOption> convertToEntityAttribute(String json) {
        return json == null || json.isBlank() ? List.of() : List.copyOf(JSON.readValue(json, TYPE));
    }
}
