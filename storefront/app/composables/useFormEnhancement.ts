/** Adds the tiny same-origin enhancement script (public/enhance.js) to pages with shopping forms. */
export function useFormEnhancement() {
  useHead({ script: [{ src: '/enhance.js', defer: true, key: 'enhance' }] });
}
