<?php
/**
 * The site's manifest, made from its settings and printed into each element as a
 * `<script type="application/json">` child (the inline manifest; docs/manifest.md has the format).
 *
 * @package SafetyPanels
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The manifest for these settings: the built-in one with the site's counsellor added and its hidden ids left out.
 *
 * @param array<string, mixed> $settings Checked settings (safety_panels_settings()).
 * @return array<string, mixed>|null null when the site adds and hides nothing (the built-in help as it is).
 */
function safety_panels_site_manifest( $settings ) {
	$manifest = array(
		'version' => 1,
		'extends' => 'default',
	);
	if ( ! empty( $settings['hide'] ) ) {
		$manifest['hide'] = array_values( $settings['hide'] );
	}
	if ( '' !== $settings['counsellor_name'] ) {
		$channels = array();
		if ( '' !== $settings['counsellor_phone'] ) {
			$channels[] = array(
				'type'    => 'phone',
				'display' => $settings['counsellor_phone'],
				'number'  => safety_panels_dial_number( $settings['counsellor_phone'] ),
			);
		}
		if ( '' !== $settings['counsellor_url'] ) {
			$channels[] = array(
				'type' => 'web',
				'url'  => $settings['counsellor_url'],
			);
		}
		$manifest['resources'] = array(
			array(
				'id'          => 'site-counsellor',
				'kind'        => 'local',
				'name'        => $settings['counsellor_name'],
				'description' => $settings['counsellor_description'],
				'regions'     => array( '' !== $settings['region'] ? $settings['region'] : 'INTL' ),
				'audiences'   => array( 'child', 'teen', 'parent', 'educator' ),
				'topics'      => array( 'youth-support', 'worried-adult' ),
				'channels'    => $channels,
			),
		);
	}
	return count( $manifest ) > 2 ? $manifest : null;
}

/**
 * The manifest as a script element's text: `<`, `>`, `&` and quotes as \u escapes, so no text in it (a
 * counsellor's "</script>") can end the element or start markup.
 *
 * @param array<string, mixed> $manifest The manifest.
 * @return string The whole `<script type="application/json">` element.
 */
function safety_panels_manifest_script( $manifest ) {
	$json = wp_json_encode( $manifest, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE );
	return '<script type="application/json">' . $json . '</script>';
}
