<?php
/**
 * The built-in data the plugin needs in PHP, written at build time into data/builtin.json from the package's own
 * data: regions (and their names in each language), languages, emergency numbers, the ids a site may hide, and the
 * fallback's words.
 *
 * @package SafetyPanels
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The built-in data, read once per request.
 *
 * @return array{regions: string[], languages: string[], emergency: array<string, string[]>, exitUrl: string, ids: string[], names: array<string, string>, regionNames: array<string, array<string, string>>, words: array<string, array<string, string>>}
 */
function safety_panels_builtin() {
	static $data = null;
	if ( null === $data ) {
		$json = file_get_contents( SAFETY_PANELS_DIR . 'data/builtin.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
		$data = is_string( $json ) ? json_decode( $json, true ) : null;
		if ( ! is_array( $data ) ) {
			$data = array(
				'regions'     => array(),
				'languages'   => array( 'en' ),
				'emergency'   => array(),
				'exitUrl'     => 'https://www.bbc.co.uk/weather',
				'ids'         => array(),
				'names'       => array(),
				'regionNames' => array(),
				'words'       => array(),
			);
		}
	}
	return $data;
}

/**
 * One of the elements' own words in a language, else in English.
 *
 * @param string $key  The elements' key, such as 'emergency.lead'.
 * @param string $lang A language of the built-in data.
 * @return string
 */
function safety_panels_word( $key, $lang ) {
	$words = safety_panels_builtin()['words'];
	if ( isset( $words[ $lang ][ $key ] ) ) {
		return $words[ $lang ][ $key ];
	}
	return isset( $words['en'][ $key ] ) ? $words['en'][ $key ] : '';
}
