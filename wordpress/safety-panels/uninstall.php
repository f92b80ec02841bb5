<?php
/**
 * Removes the plugin's one option when it is deleted (it stores nothing else: no visitor data at all).
 *
 * @package SafetyPanels
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'safety_panels_settings' );
delete_site_option( 'safety_panels_settings' );
