<?php
/**
 * The script, from this plugin's own folder (assets/ is dist/ copied at build time): no CDN, no other request.
 *
 * @package SafetyPanels
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Registers the bundle, which registers the three elements and loads its data files from beside itself. */
function safety_panels_register_assets() {
	wp_register_script( 'safety-panels', SAFETY_PANELS_URL . 'assets/safety-panels.js', array(), SAFETY_PANELS_VERSION, true );
}

/** Asks for the bundle on this page (called by each shortcode and block as it renders). */
function safety_panels_enqueue() {
	if ( ! wp_script_is( 'safety-panels', 'registered' ) ) {
		safety_panels_register_assets();
	}
	wp_enqueue_script( 'safety-panels' );
}

/**
 * The bundle is a module (WordPress 6.1 has no module API, so the tag is written here).
 *
 * @param string $tag    The script tag WordPress wrote.
 * @param string $handle Its handle.
 * @return string
 */
function safety_panels_module_tag( $tag, $handle ) {
	if ( 'safety-panels' !== $handle ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( SAFETY_PANELS_URL . 'assets/safety-panels.js?ver=' . SAFETY_PANELS_VERSION ) . '"></script>' . "\n";
}

/**
 * Tells the script where its files are, so that it still finds them when an optimiser combines or moves it
 * (the `safety-panels-base` page setting, issue 17). Only on pages that show a panel.
 */
function safety_panels_base_meta() {
	$post = get_post();
	if ( ! is_singular() || ! $post ) {
		return;
	}
	$uses = has_block( 'safety-panels/warning-signs', $post ) || has_block( 'safety-panels/report-help', $post ) || has_block( 'safety-panels/hotline-list', $post );
	foreach ( array_keys( safety_panels_shortcodes() ) as $shortcode ) {
		$uses = $uses || has_shortcode( $post->post_content, $shortcode );
	}
	if ( $uses ) {
		echo '<meta name="safety-panels-base" content="' . esc_url( SAFETY_PANELS_URL . 'assets/' ) . '">' . "\n";
	}
}
