package vn.vanthu.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import vn.vanthu.organisation.UnitDetails;
import vn.vanthu.organisation.UnitView;

/** The unit form of the web UI. */
class UnitForm {

    @NotBlank
    @Size(max = 200)
    private String name = "";
    @NotBlank
    @Size(max = 30)
    private String abbreviation = "";
    private Integer sortOrder = 0;

    /** The version the form was filled from, so that a save over someone else's is refused. */
    private @Nullable Long version;

    static UnitForm of(UnitView unit) {
        UnitForm form = new UnitForm();
        form.name = unit.name();
        form.abbreviation = unit.abbreviation();
        form.sortOrder = unit.sortOrder();
        form.version = unit.version();
        return form;
    }

    UnitDetails details() {
        return new UnitDetails(name, abbreviation, sortOrder, version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    public void setAbbreviation(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
