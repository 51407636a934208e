package cn.hezuo.account;

import jakarta.validation.constraints.NotBlank;

record ChangePasswordForm(@NotBlank(message = "{validation.password.currentPassword.notBlank}") String currentPassword, @NotBlank(message = "{validation.password.newPassword.notBlank}") String newPassword,
                                 @NotBlank(message = "{validation.password.confirmPassword.notBlank}") String confirmPassword) {
    public static ChangePasswordForm empty() {
        return new ChangePasswordForm("", "", "");
    }
}
