package vn.vanthu.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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

    static UnitForm of(UnitView unit) {
        UnitForm form = new UnitForm();
        form.name = unit.name();
        form.abbreviation = unit.abbreviation();
        form.sortOrder = unit.sortOrder();
        return form;
    }

    UnitDetails details() {
        return new UnitDetails(name, abbreviation, sortOrder);
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
}
