package cn.hezuo.account;

import jakarta.validation.constraints.NotBlank;

public record ChangePasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword,
                                 @NotBlank String confirmPassword) {
    public static ChangePasswordForm empty() {
        return new ChangePasswordForm("", "", "");
    }
}
