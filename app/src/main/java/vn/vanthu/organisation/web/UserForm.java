package vn.vanthu.organisation.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import vn.vanthu.organisation.NewUser;
import vn.vanthu.organisation.Role;
import vn.vanthu.organisation.UserChanges;
import vn.vanthu.organisation.UserView;

/** The account form of the web UI, for a new account (with user name and password) and for an edit. */
class UserForm {

    @Size(max = 50)
    private String username = "";
    private String password = "";
    @NotBlank
    @Size(max = 100)
    private String fullName = "";
    @NotBlank
    @Size(max = 100)
    private String positionTitle = "";
    @Email
    @Size(max = 100)
    private String email = "";
    @Size(max = 20)
    private String telephone = "";
    private @Nullable UUID unitId;
    @NotEmpty
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean enabled = true;

    /** The version the form was filled from, so that a save over someone else's is refused. */
    private @Nullable Long version;

    static UserForm of(UserView user) {
        UserForm form = new UserForm();
        form.username = user.username();
        form.fullName = user.fullName();
        form.positionTitle = user.positionTitle();
        form.email = user.email() == null ? "" : user.email();
        form.telephone = user.telephone() == null ? "" : user.telephone();
        form.unitId = user.unitId();
        form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        form.enabled = user.enabled();
        form.version = user.version();
        return form;
    }

    NewUser newUser(String agencyCode) {
        return new NewUser(username.strip(), password, agencyCode, unitId, fullName, positionTitle, email, telephone,
                roles);
    }

    UserChanges changes() {
        return new UserChanges(fullName, positionTitle, email, telephone, unitId, roles, enabled, version);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public void setPositionTitle(String positionTitle) {
        this.positionTitle = positionTitle;
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

    public @Nullable UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(@Nullable UUID unitId) {
        this.unitId = unitId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
