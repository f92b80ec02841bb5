<?php
/**
 * Plugin Name:       Safety Panels
 * Description:       Online-safety help on any page: warning signs, a guided report flow and a list of helplines, as shortcodes and blocks. Served from this plugin's own folder; no request to anyone else.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       safety-panels
 *
 * @package SafetyPanels
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'SAFETY_PANELS_VERSION', '0.1.0' );
define( 'SAFETY_PANELS_DIR', plugin_dir_path( __FILE__ ) );
define( 'SAFETY_PANELS_URL', plugin_dir_url( __FILE__ ) );
define( 'SAFETY_PANELS_OPTION', 'safety_panels_settings' );

require_once SAFETY_PANELS_DIR . 'includes/builtin.php';
require_once SAFETY_PANELS_DIR . 'includes/settings-validate.php';
require_once SAFETY_PANELS_DIR . 'includes/manifest.php';
require_once SAFETY_PANELS_DIR . 'includes/attributes.php';
require_once SAFETY_PANELS_DIR . 'includes/render.php';
require_once SAFETY_PANELS_DIR . 'includes/assets.php';
require_once SAFETY_PANELS_DIR . 'includes/blocks.php';

if ( is_admin() ) {
	require_once SAFETY_PANELS_DIR . 'includes/settings-page.php';
}

add_action( 'init', 'safety_panels_register_shortcodes' );
add_action( 'init', 'safety_panels_register_blocks' );
add_action( 'wp_enqueue_scripts', 'safety_panels_register_assets' );
add_filter( 'script_loader_tag', 'safety_panels_module_tag', 10, 2 );
add_action( 'wp_head', 'safety_panels_base_meta' );
