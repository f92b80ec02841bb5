<?php
/**
 * Settings → Safety panels: what a school or forum changes. The form posts to options.php (the Settings API:
 * its nonce and the manage_options check); the values are checked in settings-validate.php.
 *
 * @package SafetyPanels
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'admin_menu', 'safety_panels_add_page' );
add_action( 'admin_init', 'safety_panels_add_fields' );

/** Adds the page under Settings, for those who may change options. */
function safety_panels_add_page() {
	add_options_page( __( 'Safety panels', 'safety-panels' ), __( 'Safety panels', 'safety-panels' ), 'manage_options', 'safety-panels', 'safety_panels_page' );
}

/** The sections and fields of the page. */
function safety_panels_add_fields() {
	$labels   = safety_panels_field_labels();
	$sections = array(
		'place'      => array( __( 'Where and in which language', 'safety-panels' ), array( 'region', 'lang' ) ),
		'site'       => array( __( 'This site', 'safety-panels' ), array( 'exit_url', 'report_url' ) ),
		'counsellor' => array( __( 'Your own counsellor or contact', 'safety-panels' ), array( 'counsellor_name', 'counsellor_phone', 'counsellor_url', 'counsellor_description' ) ),
		'hide'       => array( __( 'Built-in help to leave out', 'safety-panels' ), array( 'hide' ) ),
	);
	foreach ( $sections as $id => $section ) {
		add_settings_section( 'safety_panels_' . $id, $section[0], '__return_false', 'safety-panels' );
		foreach ( $section[1] as $field ) {
			add_settings_field(
				'safety_panels_' . $field,
				$labels[ $field ],
				'safety_panels_field',
				'safety-panels',
				'safety_panels_' . $id,
				array(
					'field'     => $field,
					'label_for' => 'safety-panels-' . $field,
				)
			);
		}
	}
}

/**
 * One field.
 *
 * @param array{field: string, label_for: string} $args Which.
 */
function safety_panels_field( $args ) {
	$field    = $args['field'];
	$settings = safety_panels_settings();
	$builtin  = safety_panels_builtin();
	$name     = SAFETY_PANELS_OPTION . '[' . $field . ']';
	$id       = $args['label_for'];
	$hints    = array(
		'region'                 => __( 'The country whose emergency number and services show. Empty: from the site’s language (en_GB → GB), else the visitor’s browser.', 'safety-panels' ),
		'lang'                   => __( 'Empty: the site’s language.', 'safety-panels' ),
		'exit_url'               => __( 'Where “Exit this page” goes: an https: link or a path on this site. Empty: BBC Weather.', 'safety-panels' ),
		'report_url'             => __( 'Your own report form, shown first in the report guide (for a forum: the moderators’ report page).', 'safety-panels' ),
		'counsellor_phone'       => __( 'With the country code, like +44 161 496 0000. Shown to everyone: use a work number, never a personal one.', 'safety-panels' ),
		'counsellor_url'         => __( 'An https: page about them or how to reach them.', 'safety-panels' ),
		'counsellor_description' => __( 'What they help with and when, in plain words. Shown as text.', 'safety-panels' ),
		'hide'                   => __( 'Ids separated by spaces. The list below has every service’s id.', 'safety-panels' ),
	);
	if ( 'region' === $field || 'lang' === $field ) {
		$choices = 'region' === $field ? safety_panels_region_names() : array_combine( $builtin['languages'], $builtin['languages'] );
		echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '">';
		echo '<option value="">' . esc_html__( 'Automatic', 'safety-panels' ) . '</option>';
		foreach ( $choices as $choice => $label ) {
			echo '<option value="' . esc_attr( $choice ) . '"' . selected( $settings[ $field ], $choice, false ) . '>' . esc_html( $label ) . '</option>';
		}
		echo '</select>';
	} elseif ( 'counsellor_description' === $field ) {
		echo '<textarea id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" rows="3" class="large-text">' . esc_textarea( $settings[ $field ] ) . '</textarea>';
	} elseif ( 'hide' === $field ) {
		echo '<textarea id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" rows="2" class="large-text code">' . esc_textarea( implode( ' ', $settings['hide'] ) ) . '</textarea>';
	} else {
		echo '<input type="text" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $settings[ $field ] ) . '" class="regular-text">';
	}
	if ( isset( $hints[ $field ] ) ) {
		echo '<p class="description">' . esc_html( $hints[ $field ] ) . '</p>';
	}
	if ( 'hide' === $field ) {
		echo '<details><summary>' . esc_html__( 'The built-in services and their ids', 'safety-panels' ) . '</summary><ul>';
		foreach ( $builtin['names'] as $resource => $label ) {
			echo '<li><code>' . esc_html( $resource ) . '</code> ' . esc_html( $label ) . '</li>';
		}
		echo '</ul></details>';
	}
}

/**
 * The built-in regions for the menu, named in the administrator's language where the build named them (else in
 * English), in that language's order, each with its code: "United States (US)". The value stored is the code.
 *
 * @return array<string, string> Code => label.
 */
function safety_panels_region_names() {
	$builtin = safety_panels_builtin();
	$names   = isset( $builtin['regionNames'] ) ? $builtin['regionNames'] : array();
	$lang    = strtolower( explode( '_', get_user_locale() )[0] );
	$named   = isset( $names[ $lang ] ) ? $names[ $lang ] : ( isset( $names['en'] ) ? $names['en'] : array() );
	$labels  = array();
	foreach ( $named as $code => $label ) {
		if ( in_array( $code, $builtin['regions'], true ) ) {
			$labels[ $code ] = $label . ' (' . $code . ')';
		}
	}
	foreach ( $builtin['regions'] as $code ) {
		if ( ! isset( $labels[ $code ] ) ) {
			$labels[ $code ] = $code;
		}
	}
	return $labels;
}

/** The page. */
function safety_panels_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'Use the shortcodes [warning_signs], [report_help] and [hotline_list], or the blocks, on any page. What you set here shows in every one of them. Nothing about visitors is stored.', 'safety-panels' ) . '</p>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'safety_panels' );
	do_settings_sections( 'safety-panels' );
	submit_button();
	echo '</form></div>';
}
