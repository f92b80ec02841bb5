<?php
/**
 * The three blocks: each block.json names its attributes, and the server renders it with the shortcodes' code.
 *
 * @package SafetyPanels
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Registers the editor script (plain JavaScript over WordPress's globals: no build step) and the blocks. */
function safety_panels_register_blocks() {
	wp_register_script(
		'safety-panels-editor',
		SAFETY_PANELS_URL . 'blocks/editor.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		SAFETY_PANELS_VERSION,
		false
	);
	foreach ( safety_panels_shortcodes() as $tag ) {
		register_block_type(
			SAFETY_PANELS_DIR . 'blocks/' . $tag,
			array(
				'render_callback' => static function ( $attributes ) use ( $tag ) {
					return safety_panels_render( $tag, is_array( $attributes ) ? $attributes : array() );
				},
			)
		);
	}
}
