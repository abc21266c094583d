import { z } from "zod";
import { roleSchema } from "@/lib/auth/roles";

// One schema per form: the browser validates with it through zodResolver, the server parses again.

const email = z.string().trim().toLowerCase().max(254, "Email is too long").email("Enter a valid email address");

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "Enter your password").max(200, "Password is too long"),
});
export type SignInInput = z.infer<typeof signInSchema>;

const newPassword = z.string().min(8, "Use at least 8 characters").max(200, "Keep the password under 200 characters");

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name").max(80, "Keep your name under 80 characters"),
  email,
  password: newPassword,
  role: roleSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(200, "Password is too long"),
    newPassword,
    confirmPassword: z.string().max(200, "Password is too long"),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ" });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
