// Branded numeric units: the compiler then refuses to add meters to seconds by accident.
export type Meters = number & { readonly __brand: "Meters" };
export type Seconds = number & { readonly __brand: "Seconds" };
export type Minutes = number & { readonly __brand: "Minutes" };

export const meters = (value: number): Meters => value as Meters;
export const seconds = (value: number): Seconds => value as Seconds;
export const minutes = (value: number): Minutes => value as Minutes;
export const minutesToSeconds = (value: Minutes): Seconds => seconds(value * 60);
