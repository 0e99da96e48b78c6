package vn.vanthu.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
class Decision20CodeConverter implements AttributeConverter<Decision20Code, String> {

    @Override
    public String convertToDatabaseColumn(Decision20Code code) {
        return code == null ? null : code.value();
    }

    @Override
    public Decision20Code convertToEntityAttribute(String value) {
        return value == null ? null : new Decision20Code(value);
    }
}
