<?php
/**
 * The settings: what they hold, and the check every value passes on the server before it is saved (the Settings
 * API's sanitize callback) and again when it is read. A bad value is refused with a notice naming its field and
 * the saved value stays; nothing a browser sends is trusted.
 *
 * @package SafetyPanels
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'init', 'safety_panels_register_setting' );

/** Registers the one option (an array), with its check. */
function safety_panels_register_setting() {
	register_setting(
		'safety_panels',
		SAFETY_PANELS_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'safety_panels_sanitize_settings',
			'default'           => safety_panels_defaults(),
			'show_in_rest'      => false,
		)
	);
}

/** @return array<string, mixed> The settings of a site that has changed nothing. */
function safety_panels_defaults() {
	return array(
		'region'                => '',
		'lang'                  => '',
		'exit_url'              => '',
		'report_url'            => '',
		'counsellor_name'       => '',
		'counsellor_phone'      => '',
		'counsellor_url'        => '',
		'counsellor_description' => '',
		'hide'                  => array(),
	);
}

/** @return array<string, string> Each field's label, as the settings page shows it and the notices name it. */
function safety_panels_field_labels() {
	return array(
		'region'                 => __( 'Country or region', 'safety-panels' ),
		'lang'                   => __( 'Language', 'safety-panels' ),
		'exit_url'               => __( 'Quick exit goes to', 'safety-panels' ),
		'report_url'             => __( 'Moderation report link', 'safety-panels' ),
		'counsellor_name'        => __( 'Counsellor or contact: name', 'safety-panels' ),
		'counsellor_phone'       => __( 'Counsellor or contact: phone', 'safety-panels' ),
		'counsellor_url'         => __( 'Counsellor or contact: web page', 'safety-panels' ),
		'counsellor_description' => __( 'Counsellor or contact: what they help with', 'safety-panels' ),
		'hide'                   => __( 'Hide these built-in entries', 'safety-panels' ),
	);
}

/**
 * Plain text from a form: valid UTF-8, no control characters but line breaks, trimmed. Markup stays text (it is
 * escaped wherever it is printed), so a counsellor's "<3" is kept as typed.
 *
 * @param mixed $value What was sent.
 * @param int   $max   At most this many characters.
 * @return string|WP_Error
 */
function safety_panels_plain_text( $value, $max ) {
	if ( ! is_string( $value ) ) {
		return '';
	}
	$text = trim( (string) preg_replace( '/[^\P{Cc}\n]/u', '', wp_check_invalid_utf8( $value ) ) );
	if ( mb_strlen( $text ) > $max ) {
		/* translators: %d: a number of characters */
		return new WP_Error( 'long', sprintf( __( 'It is longer than %d characters.', 'safety-panels' ), $max ) );
	}
	return $text;
}

/**
 * A link the elements accept for an exit or report: http(s) with a host, or a path on this site.
 *
 * @param string $url   The trimmed value.
 * @param bool   $https Only https: (a manifest's web link).
 * @return bool
 */
function safety_panels_is_link( $url, $https = false ) {
	if ( '' === $url || strlen( $url ) > 2048 || preg_match( '/[\s<>"\\\\]/', $url ) ) {
		return false;
	}
	if ( ! $https && '/' === $url[0] && ( strlen( $url ) < 2 || '/' !== $url[1] ) ) {
		return true;
	}
	$parts  = wp_parse_url( $url );
	$scheme = isset( $parts['scheme'] ) ? strtolower( $parts['scheme'] ) : '';
	$ok     = $https ? array( 'https' ) : array( 'http', 'https' );
	return in_array( $scheme, $ok, true ) && ! empty( $parts['host'] ) && empty( $parts['user'] );
}

/**
 * What a phone number dials: E.164 (+441614960000) or a short code, as the manifest schema asks.
 *
 * @param string $display The number as typed.
 * @return string '' when it is not a number the schema takes.
 */
function safety_panels_dial_number( $display ) {
	if ( ! preg_match( '/^\+?[0-9 ().\-]+$/', $display ) ) {
		return '';
	}
	$number = ( '+' === $display[0] ? '+' : '' ) . preg_replace( '/\D/', '', $display );
	return preg_match( '/^(?:\+[1-9]\d{6,14}|\d{2,8})$/', $number ) ? $number : '';
}

/**
 * Checks settings from a form or the database.
 *
 * @param mixed $input The submitted array.
 * @return array{0: array<string, mixed>, 1: array<string, string>} The values that passed (others are absent),
 *                                                                  and a message for each field that did not.
 */
function safety_panels_check_settings( $input ) {
	$input   = is_array( $input ) ? $input : array();
	$builtin = safety_panels_builtin();
	$clean   = array();
	$errors  = array();
	$text    = array();
	foreach ( array( 'region', 'lang', 'exit_url', 'report_url', 'counsellor_name', 'counsellor_phone', 'counsellor_url' ) as $key ) {
		$text[ $key ] = safety_panels_plain_text( isset( $input[ $key ] ) ? $input[ $key ] : '', 200 );
	}
	$text['exit_url']               = safety_panels_plain_text( isset( $input['exit_url'] ) ? $input['exit_url'] : '', 2048 );
	$text['report_url']             = safety_panels_plain_text( isset( $input['report_url'] ) ? $input['report_url'] : '', 2048 );
	$text['counsellor_url']         = safety_panels_plain_text( isset( $input['counsellor_url'] ) ? $input['counsellor_url'] : '', 2048 );
	$text['counsellor_description'] = safety_panels_plain_text( isset( $input['counsellor_description'] ) ? $input['counsellor_description'] : '', 2000 );
	foreach ( $text as $key => $value ) {
		if ( is_wp_error( $value ) ) {
			$errors[ $key ] = $value->get_error_message();
		}
	}

	if ( ! isset( $errors['region'] ) ) {
		if ( '' === $text['region'] || in_array( $text['region'], $builtin['regions'], true ) ) {
			$clean['region'] = $text['region'];
		} else {
			$errors['region'] = __( 'Choose a country or region from the list.', 'safety-panels' );
		}
	}
	if ( ! isset( $errors['lang'] ) ) {
		if ( '' === $text['lang'] || in_array( $text['lang'], $builtin['languages'], true ) ) {
			$clean['lang'] = $text['lang'];
		} else {
			$errors['lang'] = __( 'Choose a language from the list.', 'safety-panels' );
		}
	}
	foreach ( array( 'exit_url', 'report_url' ) as $key ) {
		if ( isset( $errors[ $key ] ) ) {
			continue;
		}
		if ( '' === $text[ $key ] || safety_panels_is_link( $text[ $key ] ) ) {
			$clean[ $key ] = $text[ $key ];
		} else {
			$errors[ $key ] = __( 'It must be an https: or http: link, or a path on this site starting with /.', 'safety-panels' );
		}
	}

	$counsellor = safety_panels_check_counsellor( $text );
	if ( is_array( $counsellor ) ) {
		$clean = array_merge( $clean, $counsellor );
	} else {
		$errors = array_merge( $errors, $counsellor->get_error_data() );
	}

	$hide = safety_panels_check_hide( isset( $input['hide'] ) ? $input['hide'] : array(), $builtin['ids'] );
	if ( is_array( $hide ) ) {
		$clean['hide'] = $hide;
	} else {
		$errors['hide'] = $hide->get_error_message();
	}
	return array( $clean, $errors );
}

/**
 * The counsellor's fields, checked together: a resource needs a name, a description and a way to reach it.
 *
 * @param array<string, string|WP_Error> $text The trimmed texts.
 * @return array<string, string>|WP_Error Its four fields, or an error whose data maps each bad field to a message.
 */
function safety_panels_check_counsellor( $text ) {
	$keys   = array( 'counsellor_name', 'counsellor_phone', 'counsellor_url', 'counsellor_description' );
	$errors = array();
	foreach ( $keys as $key ) {
		if ( is_wp_error( $text[ $key ] ) ) {
			$errors[ $key ] = $text[ $key ]->get_error_message();
		}
	}
	if ( ! $errors && '' !== implode( '', array_intersect_key( $text, array_flip( $keys ) ) ) ) {
		if ( '' === $text['counsellor_name'] ) {
			$errors['counsellor_name'] = __( 'A name is needed when any other counsellor field is filled in.', 'safety-panels' );
		}
		if ( '' === $text['counsellor_description'] ) {
			$errors['counsellor_description'] = __( 'Say what they can help with, and when.', 'safety-panels' );
		}
		if ( '' === $text['counsellor_phone'] && '' === $text['counsellor_url'] ) {
			$errors['counsellor_phone'] = __( 'A phone number or a web page is needed, so people can reach them.', 'safety-panels' );
		}
		if ( '' !== $text['counsellor_phone'] && '' === safety_panels_dial_number( $text['counsellor_phone'] ) ) {
			$errors['counsellor_phone'] = __( 'It must be a phone number with its country code, like +44 161 496 0000, or a short code of 2 to 8 digits.', 'safety-panels' );
		}
		if ( '' !== $text['counsellor_url'] && ! safety_panels_is_link( $text['counsellor_url'], true ) ) {
			$errors['counsellor_url'] = __( 'It must be an https: link.', 'safety-panels' );
		}
	}
	if ( $errors ) {
		return new WP_Error( 'counsellor', '', $errors );
	}
	return array_intersect_key( $text, array_flip( $keys ) );
}

/**
 * The ids to hide: each must be an id of the built-in data.
 *
 * @param mixed    $value A string of ids (from the form) or a list (from the database).
 * @param string[] $known Every built-in id.
 * @return string[]|WP_Error
 */
function safety_panels_check_hide( $value, $known ) {
	$ids = is_array( $value ) ? $value : preg_split( '/[\s,]+/', is_string( $value ) ? $value : '', -1, PREG_SPLIT_NO_EMPTY );
	$ids = array_values( array_unique( array_filter( array_map( 'strval', $ids ) ) ) );
	if ( count( $ids ) > 1000 ) {
		return new WP_Error( 'hide', __( 'It lists more than 1,000 ids.', 'safety-panels' ) );
	}
	$unknown = array_diff( $ids, $known );
	if ( $unknown ) {
		/* translators: %s: the ids that are not in the built-in data */
		return new WP_Error( 'hide', sprintf( __( 'These ids are not in the built-in data: %s.', 'safety-panels' ), implode( ', ', array_slice( $unknown, 0, 10 ) ) ) );
	}
	return $ids;
}

/**
 * The Settings API's sanitize callback: refuses each bad field with a notice naming it, and keeps its saved value.
 *
 * @param mixed $input The submitted array (already unslashed by options.php).
 * @return array<string, mixed>
 */
function safety_panels_sanitize_settings( $input ) {
	static $said = array();
	$saved                = safety_panels_settings();
	list( $clean, $errors ) = safety_panels_check_settings( $input );
	$labels               = safety_panels_field_labels();
	foreach ( $errors as $field => $message ) {
		if ( isset( $said[ $field ] ) ) {
			continue; // WordPress runs this twice when the option is first added.
		}
		$said[ $field ] = true;
		/* translators: 1: a field's label, 2: what is wrong with it */
		$text = sprintf( __( '“%1$s” was not saved. %2$s', 'safety-panels' ), $labels[ $field ], $message );
		// Escaped here: settings_errors() prints the message as HTML, and it can quote what was typed (the ids).
		add_settings_error( SAFETY_PANELS_OPTION, 'safety-panels-' . str_replace( '_', '-', $field ), esc_html( $text ), 'error' );
	}
	$counsellor_keys = array( 'counsellor_name', 'counsellor_phone', 'counsellor_url', 'counsellor_description' );
	if ( array_intersect_key( $errors, array_flip( $counsellor_keys ) ) ) {
		$clean = array_merge( $clean, array_intersect_key( $saved, array_flip( $counsellor_keys ) ) );
	}
	return array_merge( safety_panels_defaults(), $saved, $clean );
}

/**
 * The saved settings, checked again as they are read (an option written by other code is not trusted either):
 * a field that fails is read as its default.
 *
 * @return array<string, mixed>
 */
function safety_panels_settings() {
	$stored            = get_option( SAFETY_PANELS_OPTION, array() );
	list( $clean, $errors ) = safety_panels_check_settings( is_array( $stored ) ? $stored : array() );
	return array_merge( safety_panels_defaults(), $clean );
}
