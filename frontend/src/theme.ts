import { Anchor, createTheme, FileInput, NativeSelect, PasswordInput, Textarea, TextInput } from "@mantine/core";

// Darker primary shades than Mantine's defaults, for WCAG AA contrast of white text on buttons.
// Labels are exactly what they say (no asterisk in the accessible name); required fields are
// marked by the browser's own `required` and by the API's errors beside them.
const plainLabel = { defaultProps: { withAsterisk: false } };
export const theme = createTheme({
  primaryColor: "indigo",
  // Mantine's orange, its darkest shade darkened (#d9480f -> #b03a0a): white on it, and it on
  // white, reach AA's 4.5:1 for the small bold text of badges ("Required before: ...").
  colors: {
    orange: ["#fff4e6", "#ffe8cc", "#ffd8a8", "#ffc078", "#ffa94d", "#ff922b", "#fd7e14", "#f76707", "#e8590c", "#b03a0a"],
  },
  primaryShade: 8,
  defaultRadius: "sm",
  // Modals and menus open without animation for those who ask for less motion.
  respectReducedMotion: true,
  components: {
    TextInput: TextInput.extend(plainLabel),
    PasswordInput: PasswordInput.extend(plainLabel),
    NativeSelect: NativeSelect.extend(plainLabel),
    FileInput: FileInput.extend(plainLabel),
    Textarea: Textarea.extend(plainLabel),
    // Links inside text must not be told apart by colour alone (WCAG 1.4.1).
    Anchor: Anchor.extend({ defaultProps: { underline: "always" } }),
  },
});
