/** A promise settled from outside, once: Promise.withResolvers, which Node 20 lacks. */
export interface Signal {
  done: Promise<void>
  fire(): void
}

export function signal(): Signal {
  let fire = () => {}
  const done = new Promise<void>((resolve) => {
    fire = resolve
  })
  return {done, fire}
}
