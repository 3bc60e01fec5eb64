/** Rules every score follows, stated once in Dutch for the method page. */
export const NO_ORIGIN_NOTE =
  'Geen enkele indicator of score gebruikt migratieachtergrond, herkomst of een ander kenmerk van de afkomst van mensen, ook niet waar een bronbestand zulke kolommen bevat: een score mag groepen mensen niet stigmatiseren, en afkomst is geen oorzaak van ondermijning.';
