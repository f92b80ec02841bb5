<?php
/**
 * Removes the plugin's one option when it is deleted, on every site of a network (it stores nothing else: no
 * visitor data at all).
 *
 * @package SafetyPanels
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $safety_panels_site ) {
		switch_to_blog( $safety_panels_site );
		delete_option( 'safety_panels_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'safety_panels_settings' );
}
