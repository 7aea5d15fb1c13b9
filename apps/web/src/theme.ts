import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/** Sanggar's look: a warm batik brown, dark enough for white text (AA) at shade 9, high-contrast badges. */
export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 9,
  autoContrast: true,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  colors: {
    brand: ['#fdf5ec', '#f6e6d3', '#eccaa4', '#e2ac72', '#d99348', '#c9782a', '#ac6320', '#8f5118', '#7a4410', '#6b3d00'],
  },
  components: {
    Button: {
      defaultProps: { size: 'md' },
      // A long label on a phone ("Buat kata sandi dan masuk") wraps onto a second line instead of being cut off.
      styles: {
        root: { height: 'auto', minHeight: 'var(--button-height)', paddingBlock: 6 },
        label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.3 },
      },
    },
    // Status badges sit beside names that may be long: the name wraps, the status is never cut.
    Badge: { styles: { root: { flexShrink: 0 } } },
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
    NumberInput: { defaultProps: { size: 'md' } },
    Textarea: { defaultProps: { size: 'md' } },
  },
});

/** Text on a tinted (light-variant) background, where Mantine's darkest green, yellow and orange fall short of WCAG AA. */
const READABLE_ON_TINT = { green: '#1b5e2a', yellow: '#7a4a00', orange: '#8f3a0a', teal: '#065f46' };

/** Mantine's dimmed grey and error red fail WCAG AA on white: darker shades; status colours readable on their tints. */
export const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(Object.entries(READABLE_ON_TINT).map(([color, text]) => [`--mantine-color-${color}-light-color`, text])),
  },
  dark: {},
});
