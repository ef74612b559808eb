import type { ButtonHTMLAttributes, MouseEvent } from 'react';

// The DOM `onToggle` is for popovers and <details>, which a toggle button never is, so the name is reused.
type ToggleButtonProps = Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'type' | 'aria-pressed' | 'onToggle'
> & {
  readonly pressed: boolean;
  /** Called with the state asked for, the opposite of `pressed`; use `onClick` for radio-like groups. */
  readonly onToggle?: (next: boolean) => void;
};

/** A `.button` with `aria-pressed`, so every on/off switch reads the same to screen readers and CSS. */
export function ToggleButton({
  pressed,
  onToggle,
  onClick,
  className,
  children,
  ...rest
}: ToggleButtonProps) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event);
    onToggle?.(!pressed);
  };
  return (
    <button
      type="button"
      className={className ? `button ${className}` : 'button'}
      aria-pressed={pressed}
      {...rest}
      onClick={handleClick}
    >
      {children}
    </button>
  );
}
