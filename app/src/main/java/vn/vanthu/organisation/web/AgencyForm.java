package vn.vanthu.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import vn.vanthu.organisation.AgencyView;
import vn.vanthu.organisation.AgencyDetails;
import vn.vanthu.organisation.AgencyLevel;

/** The agency form of the web UI: mutable, so a refused form comes back with what was typed. */
class AgencyForm {

    @NotBlank
    @Size(max = 13)
    private String code = "";
    @Size(max = 35)
    private String codeQd20 = "";
    @NotBlank
    @Size(max = 200)
    private String name = "";
    @NotBlank
    @Size(max = 30)
    private String abbreviation = "";
    @NotNull
    private AgencyLevel level = AgencyLevel.DEPARTMENT;
    @Size(max = 13)
    private String parentCode = "";
    private Integer sortOrder = 0;
    @Size(max = 500)
    private String address = "";
    @Email
    @Size(max = 100)
    private String email = "";
    @Size(max = 20)
    private String telephone = "";
    @Size(max = 20)
    private String fax = "";
    @Size(max = 200)
    private String website = "";

    /** The version the form was filled from, so that a save over someone else's is refused. */
    private @Nullable Long version;

    static AgencyForm of(AgencyView agency) {
        AgencyForm form = new AgencyForm();
        form.code = agency.code().value();
        form.codeQd20 = agency.codeQd20() == null ? "" : agency.codeQd20().value();
        form.name = agency.name();
        form.abbreviation = agency.abbreviation();
        form.level = agency.level();
        form.parentCode = agency.parentCode() == null ? "" : agency.parentCode().value();
        form.sortOrder = agency.sortOrder();
        form.address = orEmpty(agency.contact().address());
        form.email = orEmpty(agency.contact().email());
        form.telephone = orEmpty(agency.contact().telephone());
        form.fax = orEmpty(agency.contact().fax());
        form.website = orEmpty(agency.contact().website());
        form.version = agency.version();
        return form;
    }

    AgencyDetails details() {
        return new AgencyDetails(code, codeQd20, name, abbreviation, level, parentCode, sortOrder, address, email,
                telephone, fax, website, version);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCodeQd20() {
        return codeQd20;
    }

    public void setCodeQd20(String codeQd20) {
        this.codeQd20 = codeQd20;
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

    public AgencyLevel getLevel() {
        return level;
    }

    public void setLevel(AgencyLevel level) {
        this.level = level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone;
    }

    public String getFax() {
        return fax;
    }

    public void setFax(String fax) {
        this.fax = fax;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
